import type { DateField } from 'payload'
import { ROME_TIME_ZONE, romeTimezoneOption } from '@/config/rome'

/**
 * The admin's dates, in the 24-hour clock and the admin language's own date order (date-fns `PP`):
 * "24 nov 2026, 08:30" in Italian, "Nov 24, 2026, 08:30" in English.
 */
export const ADMIN_DATE_TIME_FORMAT = 'PP, HH:mm'
export const ADMIN_TIME_FORMAT = 'HH:mm'
export const adminDayAndTime = { pickerAppearance: 'dayAndTime', displayFormat: ADMIN_DATE_TIME_FORMAT, timeFormat: ADMIN_TIME_FORMAT } as const

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
    admin: { date: { ...adminDayAndTime, timeIntervals: 15 } },
  }
}
