import { describe, expect, it } from 'vitest'
import { maxQueryLength, normalizeUrl } from './normalizeUrl'

describe('normalizeUrl', () => {
  it('leaves canonical addresses alone', () => {
    for (const path of ['/', '/it', '/en/events/a-b', '/it/cerca', '/it/blog/caf%C3%A8']) expect(normalizeUrl(path, '')).toBeUndefined()
    expect(normalizeUrl('/it/cerca', '?q=caff%C3%A8+latte&page=2')).toBeUndefined()
  })

  it('strips trailing slashes in one redirect, keeping the query', () => {
    expect(normalizeUrl('/it/', '')).toEqual({ kind: 'redirect', location: '/it' })
    expect(normalizeUrl('/en/', '')).toEqual({ kind: 'redirect', location: '/en' })
    expect(normalizeUrl('/it/blog//', '?page=2')).toEqual({ kind: 'redirect', location: '/it/blog?page=2' })
    expect(normalizeUrl('/qzq/', '')).toEqual({ kind: 'redirect', location: '/qzq' })
  })

  it('lower-cases the locale in the same redirect', () => {
    expect(normalizeUrl('/IT/', '')).toEqual({ kind: 'redirect', location: '/it' })
    expect(normalizeUrl('/En/events', '?x=1')).toEqual({ kind: 'redirect', location: '/en/events?x=1' })
    expect(normalizeUrl('/ITALY', '')).toBeUndefined()
  })

  it('refuses what does not decode or decodes to control characters', () => {
    for (const path of ['/it/%ff', '/en/events/%E0%A4%A', '/it/eventi/%c0%af', '/it/calendar/spaces/%ff.ics', '/it/a%00b']) {
      expect(normalizeUrl(path, '')?.kind).toBe('bad')
    }
    expect(normalizeUrl('/it/%ff', '')).toEqual({ kind: 'bad', locale: 'it' })
    expect(normalizeUrl('/it/cerca', '?q=%00')?.kind).toBe('bad')
    expect(normalizeUrl('/it/cerca', '?q=%E0%A4')?.kind).toBe('bad')
    expect(normalizeUrl('/it/cerca', '?%ff=1')?.kind).toBe('bad')
    expect(normalizeUrl('/it/cerca', '?q=%EF%BF%BD')?.kind).toBe('bad')
  })

  it('refuses over-long queries', () => {
    expect(normalizeUrl('/it/cerca', `?q=${'a'.repeat(maxQueryLength)}`)?.kind).toBe('bad')
  })
})
