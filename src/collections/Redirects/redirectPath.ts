import { isLocale } from '@/i18n/locales'
import { reservedPageSlugs } from '../Pages/validatePageSlug'

export const maxRedirectPathLength = 200

/** First segments the app answers itself (with or without a locale before them): never a redirect's "from". */
const appSegments = ['admin', 'api', 'next', '_next', '_vercel', 'e', 'p', 'sitemap', 'sitemap.xml', 'robots.txt', 'media']
export const reservedRedirectSegments: ReadonlySet<string> = new Set([...reservedPageSlugs, ...appSegments])

export type PathCheck = { ok: true; path: string } | { ok: false; reason: 'empty' | 'query' | 'encoding' | 'dots' | 'length' }

/**
 * One spelling of a site path, as staff type it and as visitors request it: a leading slash, no
 * trailing or doubled slashes, percent-escapes decoded (a literal `/` or a control character
 * refused), a lower-case locale prefix. `https://any.host/x` is read as `/x`.
 */
export function normalizeRedirectPath(raw: string): PathCheck {
  let text = raw.trim()
  if (/^https?:\/\//i.test(text)) text = text.replace(/^https?:\/\/[^/]*/i, '')
  if (text === '') return { ok: false, reason: 'empty' }
  if (/[?#]/.test(text)) return { ok: false, reason: 'query' }
  const segments: string[] = []
  for (const segment of text.split('/')) {
    if (segment === '') continue
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return { ok: false, reason: 'encoding' }
    }
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f\ufffd/\\]/.test(decoded)) return { ok: false, reason: 'encoding' }
    if (decoded.includes('.')) return { ok: false, reason: 'dots' }
    segments.push(decoded)
  }
  if (segments.length === 0) return { ok: false, reason: 'empty' }
  if (isLocale(segments[0].toLowerCase())) segments[0] = segments[0].toLowerCase()
  const path = `/${segments.join('/')}`
  return path.length > maxRedirectPathLength ? { ok: false, reason: 'length' } : { ok: true, path }
}

/** The path's locale prefix, if it has one, and what follows it. */
export function splitLocale(path: string): { locale?: 'it' | 'en'; rest: string[] } {
  const segments = path.split('/').filter(Boolean)
  return isLocale(segments[0]) ? { locale: segments[0], rest: segments.slice(1) } : { rest: segments }
}

/** A home page, a section of the site or one of the app's own addresses: a redirect from it would hide it. */
export function isReservedPath(path: string): boolean {
  const { rest } = splitLocale(path)
  return rest.length === 0 || reservedRedirectSegments.has(rest[0].toLowerCase())
}
