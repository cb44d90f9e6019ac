import { describe, expect, it } from 'vitest'
import { type RedirectTable, redirectLocation } from './redirectLocation'

const table: RedirectTable = {
  '/evento2026': { status: 308, to: { it: '/it/eventi/festa', en: '/en/events/party' } },
  '/it/promo': { status: 307, to: { it: '/it/eventi/festa', en: '/en/events/party' } },
  '/solo-it': { status: 308, to: { it: '/it/chi-siamo' } },
  '/volantino': { status: 307, to: '/evento2026' },
  '/it/volantino': { status: 307, to: '/evento2026' },
  '/fuori': { status: 308, to: 'https://example.org/a?b=1' },
  '/caffè': { status: 308, to: '/it/blog' },
  '/giro-a': { status: 308, to: '/giro-b' },
  '/giro-b': { status: 308, to: '/giro-a' },
}

describe('redirectLocation', () => {
  it('leads a path without a language to the visitor’s language', () => {
    expect(redirectLocation(table, '/evento2026', 'en')).toEqual({ location: '/en/events/party', status: 308, byLanguage: true })
    expect(redirectLocation(table, '/evento2026/', 'it')).toEqual({ location: '/it/eventi/festa', status: 308, byLanguage: true })
  })
  it('keeps the language of the path, and falls back to the language the document exists in', () => {
    expect(redirectLocation(table, '/IT/promo', 'en')).toEqual({ location: '/it/eventi/festa', status: 307, byLanguage: false })
    expect(redirectLocation(table, '/solo-it', 'en')).toEqual({ location: '/it/chi-siamo', status: 308, byLanguage: false })
  })
  it('answers a chain in one hop with the first redirect’s status', () => {
    expect(redirectLocation(table, '/volantino', 'en')).toEqual({ location: '/en/events/party', status: 307, byLanguage: true })
  })
  it('keeps the language a path of the chain names', () => {
    expect(redirectLocation(table, '/it/volantino', 'en')).toEqual({ location: '/it/eventi/festa', status: 307, byLanguage: false })
  })
  it('matches percent-encoded requests and leads to other sites as typed', () => {
    expect(redirectLocation(table, '/caff%C3%A8', 'it')?.location).toBe('/it/blog')
    expect(redirectLocation(table, '/fuori', 'it')?.location).toBe('https://example.org/a?b=1')
  })
  it('answers nothing for unknown, hostile or looping paths', () => {
    for (const path of ['/nope', '/%', '/a%00', '/x/../evento2026', '/giro-a', '/__proto__', '/constructor']) expect(redirectLocation(table, path, 'it')).toBeNull()
  })
})
