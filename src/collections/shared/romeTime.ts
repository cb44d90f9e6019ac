import type { DateField } from 'payload'

export const EVENT_TIME_ZONE = 'Europe/Rome'

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
      defaultTimezone: EVENT_TIME_ZONE,
      supportedTimezones: [{ label: 'Roma (Europe/Rome)', value: EVENT_TIME_ZONE }],
    },
    admin: { date: { pickerAppearance: 'dayAndTime', timeIntervals: 15 } },
  }
}
