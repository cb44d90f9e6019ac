import { describe, expect, it } from 'vitest'
import { getPathname } from './pathnames'

describe('getPathname', () => {
  it('localizes section names and fills in the slug, encoded', () => {
    expect(getPathname({ locale: 'it', href: { pathname: '/events/[slug]', params: { slug: 'caffè' } } })).toBe('/it/eventi/caff%C3%A8')
    expect(getPathname({ locale: 'en', href: { pathname: '/events/[slug]', params: { slug: 'talk' } } })).toBe('/en/events/talk')
  })

  it('keeps the home at the bare locale and appends a query without empty values', () => {
    expect(getPathname({ locale: 'en', href: '/' })).toBe('/en')
    expect(getPathname({ locale: 'it', href: { pathname: '/search', query: { q: 'spazi', page: 2, tag: undefined } } })).toBe(
      '/it/cerca?q=spazi&page=2',
    )
  })
})
