import { describe, expect, it } from 'vitest'
import { foundKey, parseFoundKey, searchAddress } from './searchAddress'

describe('search addresses', () => {
  it('reads the query string as the search page does: words collapsed, page bounded, one q only', () => {
    expect(searchAddress({ q: '  spazi   coworking ', page: '2' })).toEqual({ q: '  spazi   coworking ', query: 'spazi coworking', page: 2 })
    expect(searchAddress({})).toEqual({ q: '', query: '', page: 1 })
    for (const bad of [{ q: ['a', 'b'] }, { q: 'a', page: '0' }, { q: 'a', page: '1.5' }, { q: 'a', page: '1e9' }, { q: 'a', page: ['1', '2'] }]) {
      expect(searchAddress(bad), JSON.stringify(bad)).toBeUndefined()
    }
  })

  it('names a search with words in one path segment, and reads back only such names', () => {
    for (const query of ['caffè', 'a/b?c#d%20', 'città «vecchia»', '😀 emoji']) {
      const key = foundKey({ q: query, query, page: 3 })
      expect(key).toMatch(/^3-[\w-]+$/)
      expect(parseFoundKey(key!)).toEqual({ q: query, query, page: 3 })
    }
    expect(foundKey({ q: '', query: '', page: 1 })).toBeUndefined()
    expect(foundKey({ q: 'a'.repeat(201), query: 'a'.repeat(201), page: 1 })).toBeUndefined()
    expect(foundKey({ q: 'a\u0000b', query: 'a\u0000b', page: 1 })).toBeUndefined()
  })

  it('refuses names it did not make: bad pages, undecodable or untrimmed words, control characters', () => {
    const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64url')
    for (const key of ['', '1', '1-', '0-YQ', '10001-YQ', '99999999-YQ', `1-${b64(' a')}`, `1-${b64('a  b')}`, `1-${b64('a\u0000')}`, '1-_w', '1-%ff', `1-${b64('a')}=`]) {
      expect(parseFoundKey(key), key).toBeUndefined()
    }
  })
})
