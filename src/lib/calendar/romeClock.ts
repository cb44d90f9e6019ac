import { TZDate } from '@date-fns/tz'
import { EVENT_TIME_ZONE } from '@/collections/shared/romeTime'

/** A stored UTC instant on Rome's wall clock (its getters and `toISOString` speak Rome time). */
export const romeClock = (instant: string | Date) => new TZDate(new Date(instant).getTime(), EVENT_TIME_ZONE)

/** ISO 8601 with Rome's offset of that day: `2030-07-01T18:00:00+02:00`, `2030-01-15T18:00:00+01:00`. */
export const romeIso = (instant: string) => romeClock(instant).toISOString().replace(/\.000(?=[+-])/, '')

/** `2030-07-01`: the day an instant falls on in Rome (what an all-day event's date means). */
export const romeDay = (instant: string) => romeIso(instant).slice(0, 10)

/**
 * The day after the last day of an all-day event, as calendars want it (an exclusive end). The
 * event's end, when there is one, is a time on its last day.
 */
export function allDayEndExclusive(start: string, end?: string): TZDate {
  const last = romeClock(end && Date.parse(end) > Date.parse(start) ? end : start)
  return new TZDate(last.getFullYear(), last.getMonth(), last.getDate() + 1, EVENT_TIME_ZONE)
}
