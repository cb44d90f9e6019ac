import type { Locale } from '@/i18n/locales'

/** The addresses of registration: the form's target, its result pages and the cancel link. */
export const registrationPaths = {
  submit: (locale: Locale) => `/${locale}/registration`,
  result: (locale: Locale, outcome: string, eventId: number) => `/${locale}/registration/${outcome}?event=${eventId}`,
  cancel: (locale: Locale, token: string) => `/${locale}/registration/cancel?t=${encodeURIComponent(token)}`,
  cancelSubmit: (locale: Locale) => `/${locale}/registration/cancellation`,
}
