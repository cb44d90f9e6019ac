import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'
import { searchKeyHeader } from '@/config/searchRewrites'
import { searchPassage } from './searchPassage'

const key = (query: string, page = 1) => `${page}-${Buffer.from(query).toString('base64url')}`

/** The search key the proxy passes on to the page (undefined: none), and whether it lets the request through. */
function passedOn(path: string, headers: Record<string, string> = {}) {
  const response = searchPassage(new NextRequest(`http://127.0.0.1:3000${path}`, { headers }))
  const names = response?.headers.get('x-middleware-override-headers')?.split(',') ?? []
  const overridden = names.includes(searchKeyHeader) ? (response?.headers.get(`x-middleware-request-${searchKeyHeader}`) ?? undefined) : undefined
  return { through: response?.headers.get('x-middleware-next'), key: names.length > 0 ? overridden : headers[searchKeyHeader] }
}

describe('searchPassage', () => {
  it('names a search with words, as the search page reads its query string', () => {
    expect(passedOn('/it/cerca?q=spazi')).toEqual({ through: '1', key: key('spazi') })
    expect(passedOn('/en/search?q=%20hot%20%20desk%20&page=3&utm_source=x').key).toBe(key('hot desk', 3))
  })

  it('removes the header on every other search, so that a visitor cannot set it', () => {
    const spoofed = { [searchKeyHeader]: key('spazi') }
    for (const path of ['/it/cerca', '/it/cerca?q=%20', `/it/cerca?q=${'a'.repeat(201)}`, '/it/cerca?q=a&q=b', '/it/cerca?q=a&page=0', '/it/cerca?q=a&page=10001']) {
      expect(passedOn(path, spoofed), path).toEqual({ through: '1', key: undefined })
      expect(passedOn(path), path).toEqual({ through: '1', key: undefined })
    }
    expect(passedOn('/it/cerca?q=eventi', spoofed).key).toBe(key('eventi'))
  })

  it('leaves every other path to the rest of the proxy', () => {
    for (const path of ['/it/blog?q=a', '/it/cercare?q=a', '/it/search?q=a', '/en/cerca?q=a', '/it/search/Found/1-YQ']) {
      expect(searchPassage(new NextRequest(`http://127.0.0.1:3000${path}`)), path).toBeUndefined()
    }
  })
})
