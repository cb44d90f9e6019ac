import type { Href } from '@/i18n/hrefs'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { absoluteUrl } from './absoluteUrl'

export const localizedUrl = (locale: Locale, href: Href) => absoluteUrl(getPathname({ locale, href }))

/**
 * The absolute URL of a page in each locale it exists in, plus `x-default` (the Italian page, or
 * the only one there is): the hreflang set shared by page metadata and the sitemap.
 */
export function languageUrls(existsIn: Partial<Record<Locale, Href>>): Partial<Record<Locale | 'x-default', string>> {
  const present = locales.filter((locale) => existsIn[locale])
  if (!present.length) return {}
  const urls: Partial<Record<Locale | 'x-default', string>> = Object.fromEntries(
    present.map((locale) => [locale, localizedUrl(locale, existsIn[locale] as Href)]),
  )
  urls['x-default'] = urls[defaultLocale] ?? urls[present[0]]
  return urls
}
