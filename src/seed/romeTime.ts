import { EVENT_TIME_ZONE } from '@/collections/shared/romeTime'

const wallClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: EVENT_TIME_ZONE,
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
function romeOffsetMinutes(instant: number): number {
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
