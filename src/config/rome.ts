import { TZDate } from '@date-fns/tz'

/** The one time zone of the site: events are entered, stored beside their instant and shown in Rome's time. */
export const ROME_TIME_ZONE = 'Europe/Rome'

/** The zone as Payload's date fields and admin offer it. */
export const romeTimezoneOption = { label: `Roma (${ROME_TIME_ZONE})`, value: ROME_TIME_ZONE }

/** A stored UTC instant on Rome's wall clock (its getters and `toISOString` speak Rome time). */
export const romeClock = (instant: string | Date) => new TZDate(new Date(instant).getTime(), ROME_TIME_ZONE)

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
  return new TZDate(last.getFullYear(), last.getMonth(), last.getDate() + 1, ROME_TIME_ZONE)
}

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROME_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
})

function romeParts(instant: number) {
  const parts = Object.fromEntries(wallClock.formatToParts(instant).map((part) => [part.type, Number(part.value)]))
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute }
}

/** Minutes Rome is ahead of UTC at that instant: 60 in winter, 120 in summer. */
export function romeOffsetMinutes(instant: number): number {
  const p = romeParts(instant)
  return (Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - Math.floor(instant / 60_000) * 60_000) / 60_000
}

const pad = (n: number) => String(n).padStart(2, '0')

/** "2014-10-05", "11:00" (Rome's wall clock) → "2014-10-05T09:00:00.000Z". */
export function romeTimeToUtc(dateYMD: string, time: string): string {
  const [year, month, day] = dateYMD.split('-').map(Number)
  const [hour, minute] = time.split(':').map(Number)
  const wall = Date.UTC(year, month - 1, day, hour, minute)
  const guess = wall - romeOffsetMinutes(wall) * 60_000
  return new Date(wall - romeOffsetMinutes(guess) * 60_000).toISOString()
}

/** The date in Rome `days` calendar days after `now`, as "YYYY-MM-DD". */
export function romeDateAfter(now: Date, days: number): string {
  const today = romeParts(now.getTime())
  const target = new Date(Date.UTC(today.year, today.month - 1, today.day + days))
  return `${target.getUTCFullYear()}-${pad(target.getUTCMonth() + 1)}-${pad(target.getUTCDate())}`
}
