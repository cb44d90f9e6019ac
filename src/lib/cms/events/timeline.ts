import { allDayEndExclusive, ROME_TIME_ZONE } from '@/config/rome'

export type Timed = { start: string; end?: string; allDay: boolean }

export type YearGroup<T> = { year: number; events: T[] }

const yearInRome = new Intl.DateTimeFormat('en', { timeZone: ROME_TIME_ZONE, year: 'numeric' })

/** The calendar year of an instant in Rome (an event at 00:30 on 1 January belongs to the new year). */
export const romeYear = (iso: string) => Number(yearInRome.format(new Date(iso)))

/**
 * When an event is over: at its end (its start if it has none); an all-day event at midnight in
 * Rome after its last day, as calendars show it (not 24 hours after its time: one at 10:00 would
 * stay upcoming the next morning, and Rome's days of 23 and 25 hours would shift it). The events
 * list makes the same cut in SQL (`endsAt` in listQueries.ts).
 */
export function endsAt({ start, end, allDay }: Timed): number {
  return allDay ? allDayEndExclusive(start, end).getTime() : new Date(end ?? start).getTime()
}

const byStart = (a: Timed, b: Timed) => new Date(a.start).getTime() - new Date(b.start).getTime()

/**
 * Splits events at `now`, which the page passes at render time so that a cached list never
 * freezes the present: upcoming ones soonest first (an event under way is still upcoming), past
 * ones grouped by year, most recent first.
 */
export function splitEvents<T extends Timed>(events: T[], now: Date): { upcoming: T[]; past: YearGroup<T>[] } {
  const upcoming = events.filter((event) => endsAt(event) > now.getTime()).sort(byStart)
  const past = events.filter((event) => endsAt(event) <= now.getTime()).sort((a, b) => byStart(b, a))
  return { upcoming, past: groupByYear(past) }
}

/** Past events, most recent first, grouped by their Rome year. */
export function groupByYear<T extends Timed>(past: T[]): YearGroup<T>[] {
  const groups: YearGroup<T>[] = []
  for (const event of past) {
    const year = romeYear(event.start)
    const group = groups.at(-1)
    if (group?.year === year) group.events.push(event)
    else groups.push({ year, events: [event] })
  }
  return groups
}
