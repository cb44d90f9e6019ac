const RECENT_DAYS = 90

/** What a subscribed calendar shows: every upcoming event and those that started in the last 90 days. */
export function calendarWindow<T extends { start: string; end?: string }>(events: T[], now: Date): T[] {
  const from = now.getTime() - RECENT_DAYS * 86_400_000
  return events.filter((event) => Date.parse(event.end ?? event.start) >= from)
}
