import { expect, test } from '@playwright/test'
import { demoPages } from './setup/demoPages'

/**
 * Next's render cache is bounded (next.config `cacheMaxMemorySize`): what it keeps must be pages
 * visitors read, not the 404s of made-up addresses (src/config/cacheHandler.mjs). Searches are kept
 * in a small store of their own (src/config/searchPages.mjs: that one-off searches push out only
 * other searches is tested in src/config/cacheHandler.spec.ts).
 * The locale cookie is sent so the answers come from the cache without the proxy, as for a returning visitor.
 */
const cookie = { cookie: 'NEXT_LOCALE=it' }

test('made-up addresses are never kept in the render cache, searches only in their own; real pages stay cached', async ({ playwright, baseURL }) => {
  test.setTimeout(180_000)
  // A context of its own: no cookie jar shared with other tests.
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: cookie })
  const cacheState = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 })
    return { status: response.status(), cache: response.headers()['x-nextjs-cache'] ?? 'none' }
  }
  try {
    const real = demoPages.post.it
    await cacheState(real)
    expect(await cacheState(real)).toEqual({ status: 200, cache: 'HIT' })

    const stamp = Date.now().toString(36)
    const stored: string[] = []
    for (let i = 0; i < 200; i++) {
      const path = `/it/${['blog', 'eventi', 'spazi', 'progetti'][i % 4]}/inventato-${stamp}-${i}`
      expect((await cacheState(path)).status, path).toBe(404)
      const again = await cacheState(path)
      if (again.cache === 'HIT' || again.cache === 'STALE') stored.push(path)
    }
    const searches: string[] = []
    for (let i = 0; i < 20; i++) {
      const path = `/it/cerca?q=${stamp}${i}`
      expect(await cacheState(path)).toEqual({ status: 200, cache: 'MISS' })
      searches.push((await cacheState(path)).cache)
    }
    expect(stored).toEqual([])
    expect(searches).toEqual(Array(20).fill('HIT'))
    expect(await cacheState(real)).toEqual({ status: 200, cache: 'HIT' })
  } finally {
    await request.dispose()
  }
})
