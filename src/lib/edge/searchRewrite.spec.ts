import { NextRequest, NextResponse } from 'next/server'
import { describe, expect, it } from 'vitest'
import { searchKeyHeader } from '@/config/searchRewrites'
import { searchRewrite } from './searchRewrite'

const key = (query: string, page = 1) => `${page}-${Buffer.from(query).toString('base64url')}`

/** The request header the proxy passes on to the page (undefined: removed), and the response. */
function passedOn(path: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(`http://127.0.0.1:3000${path}`, { headers })
  // What the proxy would answer otherwise: next-intl's, passing the request headers on with its own.
  const intl = NextResponse.next({ request: { headers: new Headers({ ...headers, 'x-next-intl-locale': 'it' }) } })
  intl.headers.set('link', '<http://127.0.0.1:3000/it/cerca>; rel="alternate"')
  const response = searchRewrite(request, intl)
  const names = response.headers.get('x-middleware-override-headers')?.split(',') ?? []
  const header = (name: string) => (names.includes(name) ? (response.headers.get(`x-middleware-request-${name}`) ?? undefined) : undefined)
  return { key: header(searchKeyHeader), locale: header('x-next-intl-locale'), response }
}

describe('searchRewrite', () => {
  it('names a search with words, as the search page reads its query string', () => {
    expect(passedOn('/it/cerca?q=spazi').key).toBe(key('spazi'))
    expect(passedOn('/en/search?q=%20hot%20%20desk%20&page=3&utm_source=x').key).toBe(key('hot desk', 3))
  })

  it('keeps the headers the proxy would have passed on and answered with', () => {
    const { locale, response } = passedOn('/it/cerca?q=spazi')
    expect(locale).toBe('it')
    expect(response.headers.get('link')).toContain('rel="alternate"')
    expect(response.headers.get('x-middleware-next')).toBe('1')
  })

  it('removes the header on every other search, so that a visitor cannot set it', () => {
    const spoofed = { [searchKeyHeader]: key('spazi') }
    for (const path of ['/it/cerca', '/it/cerca?q=%20', `/it/cerca?q=${'a'.repeat(201)}`, '/it/cerca?q=a&q=b', '/it/cerca?q=a&page=0', '/it/cerca?q=a&page=10001']) {
      expect(passedOn(path, spoofed).key, path).toBeUndefined()
    }
    expect(passedOn('/it/cerca?q=eventi', spoofed).key).toBe(key('eventi'))
  })

  it('leaves other paths and answers alone', () => {
    const other = NextResponse.next()
    expect(searchRewrite(new NextRequest('http://127.0.0.1:3000/it/blog?q=a'), other)).toBe(other)
    const redirect = NextResponse.redirect('http://127.0.0.1:3000/it/cerca')
    expect(searchRewrite(new NextRequest('http://127.0.0.1:3000/it/cerca?q=a'), redirect)).toBe(redirect)
  })
})
