import { describe, expect, it } from 'vitest'
import { parseOldLink, parseOldUrl } from './oldUrls'

const parse = (address: string) => {
  const url = new URL(address, 'http://old.example')
  return parseOldUrl(url.pathname, url.searchParams)
}

describe('parseOldUrl', () => {
  it('reads post IDs from ?p= and ?page_id=, with ?lang=', () => {
    expect(parse('/?p=1043')).toEqual({ wordpressId: 1043, locale: undefined })
    expect(parse('/?page_id=7&lang=en')).toEqual({ wordpressId: 7, locale: 'en' })
  })

  it('reads slugs from plain, dated and language-prefixed paths', () => {
    expect(parse('/open-day/')).toEqual({ slug: 'open-day', locale: undefined })
    expect(parse('/2014/10/open-day/')).toEqual({ slug: 'open-day', locale: undefined })
    expect(parse('/2014/10/06/open-day')).toEqual({ slug: 'open-day', locale: undefined })
    expect(parse('/en/open-day/')).toEqual({ slug: 'open-day', locale: 'en' })
    expect(parse('/open-day/?lang=en')).toEqual({ slug: 'open-day', locale: 'en' })
  })

  it('refuses what is not an old post address', () => {
    expect(parse('/')).toBeUndefined()
    expect(parse('/a/b/open-day/')).toBeUndefined()
    expect(parse('/2014/10/06/x/y/')).toBeUndefined()
    expect(parse('/wp-login.php?x=1')).toBeUndefined()
  })
})

describe('parseOldLink', () => {
  it('reads links to the old site only, with or without www', () => {
    expect(parseOldLink('http://www.site.it/2014/10/open-day/', 'http://site.it')).toEqual({ slug: 'open-day', locale: undefined })
    expect(parseOldLink('/?p=5', 'http://www.site.it')).toEqual({ wordpressId: 5, locale: undefined })
    expect(parseOldLink('https://elsewhere.org/open-day/', 'http://site.it')).toBeUndefined()
    expect(parseOldLink('http://site.it/wp-content/uploads/a.jpg', 'http://site.it')).toBeUndefined()
  })
})
