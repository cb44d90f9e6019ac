import { expect, it } from 'vitest'
import SiteCacheHandler from './cacheHandler.mjs'

it('bounds the in-memory render cache by what its pages occupy: two bytes a character for HTML outside Latin-1', async () => {
  const handler = new SiteCacheHandler({ maxMemoryCacheSize: 100_000, flushToDisk: false, fs: {}, serverDistDir: '/nowhere' })
  const store = Object.getPrototypeOf(SiteCacheHandler).memoryCache
  const page = (html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('rsc'), headers: {}, status: 200 })
  // 30,000 characters each: three fit by length (Next's estimate), one at two bytes a character.
  const html = `${'a'.repeat(29_999)}→`
  for (const key of ['/it/blog/a', '/it/blog/b', '/it/blog/c']) await handler.set(key, page(html), { cacheControl: { revalidate: false } })
  expect(store.has('/it/blog/c')).toBe(true)
  expect(store.has('/it/blog/a')).toBe(false)
  expect(store.currentSize).toBeLessThanOrEqual(100_000)
  // The stored rscData owns its three bytes instead of a slab of Node's 8 kB pool.
  expect(store.get('/it/blog/c').value.rscData.buffer.byteLength).toBe(3)
})
