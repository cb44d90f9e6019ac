import { describe, expect, it } from 'vitest'
import { pathnameRedirects, pathnameRewrites } from './pathnameRewrites'

describe('localized path names as Next routes', () => {
  it('rewrites each Italian path name to its page', () => {
    expect(pathnameRewrites).toContainEqual({ source: '/it/eventi/:slug', destination: '/it/events/:slug' })
    expect(pathnameRewrites).toContainEqual({ source: '/it/cerca', destination: '/it/search' })
    expect(pathnameRewrites.filter((rewrite) => rewrite.source.startsWith('/en/'))).toEqual([])
  })

  it("redirects every other spelling to the locale's own", () => {
    expect(pathnameRedirects).toContainEqual({ source: '/it/events/:slug', destination: '/it/eventi/:slug', permanent: true })
    expect(pathnameRedirects).toContainEqual({ source: '/en/spazi', destination: '/en/spaces', permanent: true })
  })

  it('never redirects a path that is served', () => {
    const served = new Set([...pathnameRewrites.map((rewrite) => rewrite.source), ...pathnameRedirects.map((r) => r.destination)])
    for (const redirect of pathnameRedirects) expect(served.has(redirect.source)).toBe(false)
  })
})
