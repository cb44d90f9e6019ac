import { isLocale, type Locale } from '@/i18n/locales'

/** What an address of the old WordPress site names: a post by ID or by slug, maybe in a language. */
export type OldUrl = { wordpressId?: number; slug?: string; locale?: Locale }

const SLUG = /^[\p{L}\p{N}_%-]+$/u
const ID_PARAMS = ['p', 'page_id']

/**
 * Reads an old WordPress + qTranslate address: `/?p=ID`, `/?page_id=ID`, `/slug/`,
 * `/YYYY/MM/slug/`, `/YYYY/MM/DD/slug/`, each optionally with a language prefix (`/en/slug/`) or a
 * `lang` parameter (`?lang=en`). Anything else (files, feeds, deeper paths) is not one.
 */
export function parseOldUrl(pathname: string, search: URLSearchParams): OldUrl | undefined {
  const lang = search.get('lang')?.toLowerCase()
  let locale: Locale | undefined = isLocale(lang) ? lang : undefined
  for (const name of ID_PARAMS) {
    const value = search.get(name)
    if (value && /^\d{1,10}$/.test(value)) return { wordpressId: Number(value), locale }
  }
  const segments = pathname.split('/').filter(Boolean)
  if (segments.length > 0 && isLocale(segments[0])) locale = segments.shift() as Locale
  if (segments.length === 0 || segments.length > 4) return undefined
  const slug = segments.at(-1) as string
  const date = segments.slice(0, -1)
  const datePattern = [/^\d{4}$/, /^\d{2}$/, /^\d{2}$/]
  if (!date.every((part, index) => datePattern[index]?.test(part))) return undefined
  let decoded: string
  try {
    decoded = decodeURIComponent(slug).toLowerCase()
  } catch {
    return undefined
  }
  return SLUG.test(slug) && decoded.length <= 200 ? { slug: decoded, locale } : undefined
}

/** The same, for a full or root-relative link found in old content; links elsewhere are not old URLs. */
export function parseOldLink(href: string, siteUrl: string): OldUrl | undefined {
  let url: URL
  let site: URL
  try {
    site = new URL(siteUrl)
    url = new URL(href, site)
  } catch {
    return undefined
  }
  const host = (value: string) => value.replace(/^www\./, '')
  if (host(url.hostname) !== host(site.hostname)) return undefined
  if (url.pathname.startsWith('/wp-content/') || url.pathname.startsWith('/wp-admin/')) return undefined
  return parseOldUrl(url.pathname, url.searchParams)
}
