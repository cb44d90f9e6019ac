import { isLocale } from '@/i18n/locales'

/** Longer paths or query strings than any page of the site uses are refused before a page reads them. */
export const maxPathLength = 1024
export const maxQueryLength = 2048
/** The admin and the API build long filter queries of their own. */
export const maxAppQueryLength = 16_384

export type Normalized =
  /** Does not decode, or decodes to control characters: refused. */
  | { kind: 'bad'; locale?: string }
  /** One redirect to the canonical spelling (no trailing slash, lower-case locale). */
  | { kind: 'redirect'; location: string }

function decodes(text: string): boolean {
  try {
    // U+FFFD: Next has already replaced bytes that were no UTF-8 in the query string.
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u001f\u007f\ufffd]/.test(decodeURIComponent(text))
  } catch {
    return false
  }
}

/** Every name and value of a raw query string (`a=1&b`) decodes to text without control characters. */
function queryDecodes(search: string): boolean {
  return search
    .replace(/^\?/, '')
    .split(/[&=]/)
    .every((part) => decodes(part.replace(/\+/g, ' ')))
}

/**
 * The edge's one normalisation step, on the raw (still percent-encoded) path and query string.
 * Undefined when the request is fine as it is. Redirects land in one hop: the target is already
 * canonical, so it never redirects again.
 */
export function normalizeUrl(pathname: string, search: string, maxQuery = maxQueryLength): Normalized | undefined {
  const first = pathname.split('/')[1] ?? ''
  const lower = first.toLowerCase()
  const locale = isLocale(lower) ? lower : undefined
  if (pathname.length > maxPathLength || search.length > maxQuery) return { kind: 'bad', locale }
  if (!decodes(pathname) || !queryDecodes(search)) return { kind: 'bad', locale }
  let canonical = pathname.length > 1 ? pathname.replace(/\/+$/, '') || '/' : pathname
  if (locale && first !== locale) canonical = `/${locale}${canonical.slice(first.length + 1)}`
  return canonical === pathname ? undefined : { kind: 'redirect', location: canonical + search }
}
