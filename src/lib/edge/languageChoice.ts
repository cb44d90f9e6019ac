import { isLocale, type Locale } from '@/i18n/locales'

export const LANGUAGE_PATH = '/next/language'
export const LOCALE_COOKIE = 'NEXT_LOCALE'
/** next-intl's own lifetime for the cookie: a year. */
export const LOCALE_COOKIE_MAX_AGE = 365 * 24 * 60 * 60

/** The address of the language switcher's link: remembers `locale`, then shows `pathname`. */
export const languageChoiceHref = (pathname: string) => `${LANGUAGE_PATH}?${new URLSearchParams({ to: pathname })}`

/**
 * The page a language choice leads to and its locale: a path of this site under /it or /en (never
 * another host, never a backslash or control character a browser might read as one), or null.
 */
export function languageTarget(to: string | null): { path: string; locale: Locale } | null {
  if (!to || to.length > 2048 || !to.startsWith('/') || /[\\\u0000-\u001f\u007f]/.test(to)) return null
  const match = /^\/([a-z]{2})(?:[/?#]|$)/.exec(to)
  if (!match || !isLocale(match[1])) return null
  return { path: to, locale: match[1] }
}
