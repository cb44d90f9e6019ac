import type { Locale } from '@/i18n/locales'

/**
 * The arguments of every public read: the visitor's locale with no fallback to another language,
 * and Payload's access control applied as for an anonymous visitor (published, translated).
 */
export const publicRead = (locale: Locale) =>
  ({ locale, fallbackLocale: false, overrideAccess: false, draft: false }) as const
