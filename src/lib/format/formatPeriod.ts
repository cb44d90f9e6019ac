import type { DateFormatter } from './formatEventDate'

export type Period = { start?: string; end?: string }

const monthYear = { month: 'long', year: 'numeric' } as const

/**
 * A project's period at month precision: "November 2014 – June 2015", "May – October 2015";
 * `from` words an open-ended one ("From June 2015"). Nothing when the period is unknown.
 */
export function formatPeriod(format: DateFormatter, { start, end }: Period, from: (start: string) => string): string | undefined {
  if (start && end && Date.parse(end) > Date.parse(start)) return format.dateTimeRange(new Date(start), new Date(end), monthYear)
  if (start) return end ? format.dateTime(new Date(start), monthYear) : from(format.dateTime(new Date(start), monthYear))
  return end ? format.dateTime(new Date(end), monthYear) : undefined
}
