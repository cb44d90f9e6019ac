import { type NextRequest, NextResponse } from 'next/server'
import { searchKeyHeader } from '@/config/searchRewrites'
import { foundKey, searchAddress } from '@/lib/cms/search/searchAddress'

const searchPath = /^\/(it\/cerca|en\/search)$/

/**
 * The search page's requests, let through by the proxy: a search with words is named in a request
 * header, by which next.config's rewrite (src/config/searchRewrites.ts) sends it to the page cached
 * per search; any other loses the header, so that no visitor can set it. next-intl has nothing to do
 * here: the path has its locale, spelled as that locale spells it (other spellings were redirected).
 * A rewrite from here would need an absolute URL, which Next proxies as another site's when its host
 * is not the one Next listens on (withoutRewrite.ts). Undefined for any other path.
 */
export function searchPassage(request: NextRequest): Response | undefined {
  const { pathname, searchParams } = request.nextUrl
  if (!searchPath.test(pathname)) return undefined
  const address = searchAddress(Object.fromEntries([...new Set(searchParams.keys())].map((name) => [name, oneOrAll(searchParams.getAll(name))])))
  const key = address && foundKey(address)
  if (!key && !request.headers.has(searchKeyHeader)) return NextResponse.next()
  const headers = new Headers(request.headers)
  headers.delete(searchKeyHeader)
  if (key) headers.set(searchKeyHeader, key)
  return NextResponse.next({ request: { headers } })
}

const oneOrAll = (values: string[]) => (values.length === 1 ? values[0] : values)
