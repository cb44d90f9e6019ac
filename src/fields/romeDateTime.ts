import type { DateField } from 'payload'
import { ROME_TIME_ZONE, romeTimezoneOption } from '@/config/rome'

/** An instant stored in UTC, entered and shown in Rome's time (the zone is stored beside it). */
export function romeDateTimeField(name: string, label: { it: string; en: string }, required = false): DateField {
  return {
    name,
    type: 'date',
    required,
    index: true,
    label,
    timezone: {
      required: true,
      defaultTimezone: ROME_TIME_ZONE,
      supportedTimezones: [romeTimezoneOption],
    },
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
  }
}
