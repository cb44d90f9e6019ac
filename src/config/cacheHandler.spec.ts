import { describe, expect, it } from 'vitest'
import SiteCacheHandler from './cacheHandler.mjs'

it("bounds the in-memory render cache by what its pages occupy, keeping each page's HTML as UTF-8 bytes", async () => {
  const handler = new SiteCacheHandler({ maxMemoryCacheSize: 100_000, flushToDisk: false, fs: {}, serverDistDir: '/nowhere' })
  const store = Object.getPrototypeOf(SiteCacheHandler).memoryCache
  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 })
  // 40,000 characters each, one outside Latin-1: 80,000 bytes as a string, 40,002 as UTF-8. Two fit.
  const html = `${'a'.repeat(39_999)}→`
  for (const key of ['/it/blog/a', '/it/blog/b', '/it/blog/c']) await handler.set(key, page(html), { cacheControl: { revalidate: false } })
  expect(store.has('/it/blog/c')).toBe(true)
  expect(store.has('/it/blog/b')).toBe(true)
  expect(store.has('/it/blog/a')).toBe(false)
  expect(store.currentSize).toBeLessThanOrEqual(100_000)
  expect(Buffer.isBuffer(store.get('/it/blog/c').value.html)).toBe(true)
  // The stored rscData owns its three bytes instead of a slab of Node's 8 kB pool.
  expect(store.get('/it/blog/c').value.rscData.buffer.byteLength).toBe(3)
  // Next gets the page's HTML back as the string it stored.
  const served = await handler.get('/it/blog/c', { kind: 'APP_PAGE', isFallback: false })
  expect(served?.value.html).toBe(html)
})

describe('search pages', () => {
  const handler = () => new SiteCacheHandler({ maxMemoryCacheSize: 1_000_000, flushToDisk: false, fs: {}, serverDistDir: '/nowhere' })
  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 })
  const searchKey = (n: number) => `/route-cache/APP_PAGE/0123/$/it/search/Found/1-${Buffer.from(`parola${n}`).toString('base64url')}`
  const ctx = { cacheControl: { revalidate: false } }
  const store = async (cache: SiteCacheHandler, key: string, html: string) => {
    expect(await cache.get(key, { kind: 'APP_PAGE' })).toBeNull() // the miss that starts a render
    await cache.set(key, page(html), ctx)
  }

  it('are kept in a store of their own: a repeated search is served, one-off ones never push a page out', async () => {
    const cache = handler()
    const real = '/route-cache/APP_PAGE/4567/$/it/blog/vero'
    await cache.set(real, page('vero'), ctx)
    await store(cache, searchKey(0), 'cercato')
    expect((await cache.get(searchKey(0), { kind: 'APP_PAGE' }))?.value.html).toBe('cercato')
    // 8 MB of one-off searches against a 1 MB render cache and a 4 MB search store.
    for (let n = 1; n <= 200; n++) await store(cache, searchKey(n), 'x'.repeat(40_000))
    expect(await cache.get(searchKey(0), { kind: 'APP_PAGE' })).toBeNull()
    expect(await cache.get(searchKey(200), { kind: 'APP_PAGE' })).not.toBeNull()
    expect((await cache.get(real, { kind: 'APP_PAGE' }))?.value.html).toBe('vero')
    expect(Object.getPrototypeOf(SiteCacheHandler).memoryCache.has(searchKey(200))).toBe(false)
  })

  it('are emptied by any expired tag, and a render begun before an expiry is not kept', async () => {
    const cache = handler()
    await store(cache, searchKey(1), 'prima')
    await cache.revalidateTag(['cms:posts'])
    expect(await cache.get(searchKey(1), { kind: 'APP_PAGE' })).toBeNull()

    expect(await cache.get(searchKey(2), { kind: 'APP_PAGE' })).toBeNull()
    await cache.revalidateTag('cms:events') // while the render reads
    await cache.set(searchKey(2), page('vecchia'), ctx)
    expect(await cache.get(searchKey(2), { kind: 'APP_PAGE' })).toBeNull()
  })

  it('never keeps a search page answering 404 (a page past the last)', async () => {
    const cache = handler()
    expect(await cache.get(searchKey(3), { kind: 'APP_PAGE' })).toBeNull()
    await cache.set(searchKey(3), { ...page('nulla'), status: 404 }, ctx)
    expect(await cache.get(searchKey(3), { kind: 'APP_PAGE' })).toBeNull()
  })
})
