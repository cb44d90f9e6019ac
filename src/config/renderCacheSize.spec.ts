import { describe, expect, it } from 'vitest'
import { bufferBytes, cacheEntryBytes, compactPage, ownedBuffer, readablePage, stringBytes } from './renderCacheSize.mjs'

const latin1Page = `<p>Perché è così</p>${'x'.repeat(10_000)}`
const page = (html: string, rscData = Buffer.alloc(5_000)) => ({ kind: 'APP_PAGE', html, rscData, headers: {}, status: 200 })

describe('render cache entry size', () => {
  it('counts a page whose HTML holds one character outside Latin-1 at two bytes a character', () => {
    expect(stringBytes(latin1Page)).toBe(latin1Page.length)
    expect(stringBytes(`${latin1Page}→`)).toBe((latin1Page.length + 1) * 2)
    const plain = cacheEntryBytes({ value: page(latin1Page) }, '/it/blog/a')
    const arrows = cacheEntryBytes({ value: page(`${latin1Page}→`) }, '/it/blog/a')
    expect(arrows - plain).toBeGreaterThanOrEqual(latin1Page.length)
  })

  it("counts a small buffer by the pool slab it keeps, and the page's stored copy owns only its bytes", () => {
    const slice = Buffer.from('segment data') // a slice of Node's shared 8 kB pool
    expect(bufferBytes(slice)).toBe(slice.buffer.byteLength)
    expect(slice.buffer.byteLength).toBeGreaterThan(slice.byteLength)
    const owned = ownedBuffer(slice)
    expect(owned.equals(slice)).toBe(true)
    expect(bufferBytes(owned)).toBe(slice.byteLength)
    const stored = compactPage({ ...page('<p>a</p>', slice), segmentData: new Map([['/_tree', Buffer.from('tree')]]) })
    expect(bufferBytes(stored.rscData)).toBe(slice.byteLength)
    expect(bufferBytes(stored.segmentData.get('/_tree'))).toBe(4)
  })

  it("keeps a page's HTML as its UTF-8 bytes, counted as such, and gives the same HTML back", () => {
    const html = `${latin1Page}→`
    const stored = compactPage(page(html))
    expect(Buffer.isBuffer(stored.html)).toBe(true)
    expect(bufferBytes(stored.html)).toBe(Buffer.byteLength(html))
    const entry = { value: stored, lastModified: 1 }
    // About half what the string occupied at two bytes a character.
    expect(cacheEntryBytes(entry, '/it/blog/a')).toBeLessThan(cacheEntryBytes({ value: page(html) }, '/it/blog/a') - latin1Page.length / 2)
    const read = readablePage(entry)
    expect(read.value.html).toBe(html)
    expect(read.lastModified).toBe(1)
    // Nothing else changes: a cached read or a route answer comes back as it was kept.
    const fetchEntry = { value: { kind: 'FETCH', data: { headers: {}, body: '{}', status: 200, url: '' } }, lastModified: 1 }
    expect(compactPage(fetchEntry.value)).toBe(fetchEntry.value)
    expect(readablePage(fetchEntry)).toBe(fetchEntry)
    expect(readablePage(null)).toBeNull()
  })

  it('counts cached reads by their stored body and route answers by their buffer', () => {
    const read = cacheEntryBytes({ value: { kind: 'FETCH', data: { headers: {}, body: JSON.stringify({ title: 'Città → centro' }), status: 200, url: '' } } }, 'k')
    expect(read).toBeGreaterThan(2 * JSON.stringify({ title: 'Città → centro' }).length)
    const route = cacheEntryBytes({ value: { kind: 'APP_ROUTE', body: Buffer.alloc(20_000), headers: {}, status: 200 } }, 'k')
    expect(route).toBeGreaterThanOrEqual(20_000)
  })
})
