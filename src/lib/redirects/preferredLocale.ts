import { match } from '@formatjs/intl-localematcher'
import Negotiator from 'negotiator'
import { defaultLocale, isLocale, type Locale, locales } from '@/i18n/locales'

/** The visitor's language as next-intl picks it for `/`: the NEXT_LOCALE cookie, then Accept-Language, then Italian. */
export function preferredLocale(request: Request): Locale {
  const cookie = request.headers
    .get('cookie')
    ?.split(';')
    .map((part) => part.trim().split('='))
    .find(([name]) => name === 'NEXT_LOCALE')?.[1]
  if (isLocale(cookie)) return cookie
  const languages = new Negotiator({ headers: { 'accept-language': request.headers.get('accept-language') ?? '' } }).languages()
  try {
    // "lookup" follows the browser's order (de, en-GB, it → en); "best fit" would jump to the exact match.
    const matched = match(languages, locales, defaultLocale, { algorithm: 'lookup' })
    return isLocale(matched) ? matched : defaultLocale
  } catch {
    // A malformed tag in the header: the default, not an error.
    return defaultLocale
  }
}
