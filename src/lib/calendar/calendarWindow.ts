const RECENT_DAYS = 90
const DAY = 86_400_000

/**
 * The earliest end (or start) a subscribed calendar shows, to the day: the database query filters
 * on it, and being a day it keeps one cache entry per day instead of one per request.
 */
export function calendarWindowStart(now: Date): string {
  return new Date(Math.floor((now.getTime() - RECENT_DAYS * DAY) / DAY) * DAY).toISOString()
}

/** What a subscribed calendar shows: every upcoming event and those that started in the last 90 days. */
export function calendarWindow<T extends { start: string; end?: string }>(events: T[], now: Date): T[] {
  const from = now.getTime() - RECENT_DAYS * DAY
  return events.filter((event) => Date.parse(event.end ?? event.start) >= from)
}
