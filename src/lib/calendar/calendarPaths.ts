import type { Locale } from '@/i18n/locales'

/** The addresses of the calendar files, the JSON feed, the widget and the short links. */
export const calendarPaths = {
  event: (locale: Locale, id: number) => `/${locale}/calendar/events/${id}.ics`,
  locale: (locale: Locale) => `/${locale}/calendar.ics`,
  space: (locale: Locale, slug: string, format: 'ics' | 'json') => `/${locale}/calendar/spaces/${slug}.${format}`,
  embed: (locale: Locale, slug: string) => `/${locale}/embed/${slug}`,
  shortEvent: (id: number) => `/e/${id}`,
  shortPost: (id: number) => `/p/${id}`,
}

/** The same address for calendar apps: `webcal://` makes them offer to subscribe. */
export const webcalUrl = (absolute: string) => absolute.replace(/^https?:\/\//, 'webcal://')
