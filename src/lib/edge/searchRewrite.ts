import { type NextRequest, NextResponse } from 'next/server'
import { searchKeyHeader } from '@/config/searchRewrites'
import { foundKey, searchAddress } from '@/lib/cms/search/searchAddress'

const searchPath = /^\/(it\/cerca|en\/search)$/
const overridden = 'x-middleware-override-headers'
const requestHeader = (name: string) => `x-middleware-request-${name}`

/**
 * On a search with words, names the search in a request header: next.config's rewrite
 * (src/config/searchRewrites.ts) then sends it to the page cached per search. Any other request
 * to the search page loses the header, so that no visitor can set it. `response` is the one the
 * proxy would give, letting the request through (next-intl's): its headers, and the request
 * headers it passes on, are kept. A rewrite from here would need an absolute URL, which Next
 * proxies as another site's when its host is not the one Next listens on (withoutRewrite.ts).
 */
export function searchRewrite(request: NextRequest, response: Response): Response {
  const { pathname, searchParams } = request.nextUrl
  if (!searchPath.test(pathname) || !response.headers.has('x-middleware-next')) return response
  const headers = new Headers(request.headers)
  for (const name of response.headers.get(overridden)?.split(',') ?? []) headers.set(name, response.headers.get(requestHeader(name)) ?? '')
  headers.delete(searchKeyHeader)
  const address = searchAddress(Object.fromEntries([...new Set(searchParams.keys())].map((name) => [name, oneOrAll(searchParams.getAll(name))])))
  const key = address && foundKey(address)
  if (key) headers.set(searchKeyHeader, key)
  const next = NextResponse.next({ request: { headers } })
  response.headers.forEach((value, name) => {
    if (!name.startsWith('x-middleware-')) next.headers.append(name, value)
  })
  return next
}

const oneOrAll = (values: string[]) => (values.length === 1 ? values[0] : values)
