import { createFormatter, type Locale as IntlLocale } from 'next-intl'
import { ROME_TIME_ZONE } from '@/config/rome'
import type { Locale } from '@/i18n/locales'

export type DateFormatter = ReturnType<typeof createFormatter>

export type EventTiming = { start: string; end?: string; allDay: boolean }

export type DateStyle = 'short' | 'long'

/** The regional conventions of each site locale: English dates are written as in Britain ("5 Oct 2014"). */
export const formattingLocale: Record<Locale, string> = { it: 'it-IT', en: 'en-GB' }

const formatters = new Map<Locale, DateFormatter>()

/** next-intl's formatter for event dates: the locale's conventions, Rome's wall clock. */
export function eventFormatter(locale: Locale): DateFormatter {
  let format = formatters.get(locale)
  if (!format) {
    // AppConfig narrows Locale to the routing codes; the formatter accepts any BCP 47 tag.
    format = createFormatter({ locale: formattingLocale[locale] as IntlLocale, timeZone: ROME_TIME_ZONE })
    formatters.set(locale, format)
  }
  return format
}

const day = {
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' },
} as const

const time = { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' } as const

/**
 * "5 Oct 2014, 11:00–13:00"; an all-day event without a time ("5 – 7 Oct 2014"); an event without
 * an end shows its start only. The range collapses what the two ends share (date, month, year).
 */
export function formatEventDate(format: DateFormatter, { start, end, allDay }: EventTiming, style: DateStyle): string {
  const options = allDay ? day[style] : { ...day[style], ...time }
  const from = new Date(start)
  if (!end || new Date(end).getTime() <= from.getTime()) return format.dateTime(from, options)
  return format.dateTimeRange(from, new Date(end), options)
}
