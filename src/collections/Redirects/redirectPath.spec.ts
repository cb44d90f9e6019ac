import { describe, expect, it } from 'vitest'
import { isReservedPath, normalizeRedirectPath } from './redirectPath'

describe('normalizeRedirectPath', () => {
  it.each([
    ['evento2026', '/evento2026'],
    ['/evento2026/', '/evento2026'],
    ['  //vecchio//volantino/ ', '/vecchio/volantino'],
    ['/IT/Promo', '/it/Promo'],
    ['/caff%C3%A8', '/caffè'],
    ['https://example.org/evento2026/', '/evento2026'],
  ])('%s → %s', (raw, path) => {
    expect(normalizeRedirectPath(raw)).toEqual({ ok: true, path })
  })
  it.each([
    ['', 'empty'],
    ['///', 'empty'],
    ['/a?b=1', 'query'],
    ['/a%', 'encoding'],
    ['/a%00b', 'encoding'],
    ['/a%2Fb', 'encoding'],
    ['/%E0%A4%A', 'encoding'],
    ['/file.pdf', 'dots'],
    ['/..', 'dots'],
    [`/${'x'.repeat(300)}`, 'length'],
  ])('refuses %j (%s)', (raw, reason) => {
    expect(normalizeRedirectPath(raw)).toEqual({ ok: false, reason })
  })
})

describe('isReservedPath', () => {
  it.each(['/it', '/en', '/it/eventi', '/en/events/x', '/blog', '/admin', '/api/posts', '/it/cerca', '/e/1'])('%s is the site’s own', (path) => {
    expect(isReservedPath(path)).toBe(true)
  })
  it.each(['/evento2026', '/it/evento2026', '/en/promo/2026'])('%s is free', (path) => {
    expect(isReservedPath(path)).toBe(false)
  })
})
