import { locales } from '../i18n/locales'
import { routing } from '../i18n/routing'

/** The request header by which the proxy names a search whose page may be cached (src/lib/edge/searchPassage.ts). */
export const searchKeyHeader = 'x-site-search-key'

const spelling = routing.pathnames['/search']

/**
 * A search the proxy has named goes to the page cached per search, `/{locale}/search/Found/{key}`:
 * the key comes only from the proxy, which sets or removes the header on every search request.
 */
export const searchRewrites = locales.map((locale) => ({
  source: `/${locale}${spelling[locale]}`,
  has: [{ type: 'header' as const, key: searchKeyHeader, value: '(?<key>\\d{1,5}-[\\w-]{1,1000})' }],
  destination: `/${locale}/search/Found/:key`,
}))
