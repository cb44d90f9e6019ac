import { describe, expect, it } from 'vitest'
import { clientHintsOnlyForAdmin, edgeCacheHeaders, PUBLIC_CACHE_CONTROL } from './edgeCache'

describe('edge cache headers', () => {
  it('lets shared caches keep public pages for a finite time, with stale-while-revalidate, never a year', () => {
    expect(PUBLIC_CACHE_CONTROL).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+$/)
    const maxAge = Number(/s-maxage=(\d+)/.exec(PUBLIC_CACHE_CONTROL)?.[1])
    expect(maxAge).toBeGreaterThan(0)
    expect(maxAge).toBeLessThan(24 * 60 * 60)
  })

  it('tags each section with the cache tags of what it shows', () => {
    const blog = edgeCacheHeaders.find((rule) => rule.source.includes('(blog)'))
    expect(blog?.headers.find((header) => header.key === 'xkey')?.value.split(' ')).toEqual(expect.arrayContaining(['cms:posts', 'cms:media', 'cms:site-settings']))
    const media = edgeCacheHeaders.find((rule) => rule.source === '/api/media/file/:path*')
    expect(media?.headers).toContainEqual({ key: 'xkey', value: 'cms:media' })
  })

  it('keeps previews, signed-in editors and search private', () => {
    const privateRules = edgeCacheHeaders.filter((rule) => rule.headers.some((header) => header.value === 'private, no-store'))
    const cookies = privateRules.flatMap((rule) => ('has' in rule ? (rule.has as { key: string }[]).map((condition) => condition.key) : []))
    expect(new Set(cookies)).toEqual(new Set(['__prerender_bypass', 'payload-token']))
    expect(privateRules.some((rule) => rule.source.includes('cerca|search'))).toBe(true)
  })
})

describe('clientHintsOnlyForAdmin', () => {
  const payloadRule = {
    source: '/:path*',
    headers: [
      { key: 'Accept-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
      { key: 'Vary', value: 'Sec-CH-Prefers-Color-Scheme' },
      { key: 'Critical-CH', value: 'Sec-CH-Prefers-Color-Scheme' },
    ],
  }
  const other = { source: '/:path*', headers: [{ key: 'X-Content-Type-Options', value: 'nosniff' }] }

  it("moves withPayload's client hints from every path to /admin", () => {
    expect(clientHintsOnlyForAdmin([other, payloadRule])).toEqual([
      other,
      { ...payloadRule, source: '/admin' },
      { ...payloadRule, source: '/admin/:path*' },
    ])
  })
})
