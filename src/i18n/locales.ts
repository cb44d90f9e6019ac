/** The one list of locales: Payload's localization and next-intl's routing both read it. */
export const locales = ['it', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'it'

export const localeLabels: Record<Locale, string> = {
  it: 'Italiano',
  en: 'English',
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value)
}
