import { EventEmitter } from 'node:events'
import { createRequire } from 'node:module'
import { describe, expect, it, vi } from 'vitest'

type Request = { method: string; url: string; socket: { destroyed: boolean } }
type Response = EventEmitter & { destroyed: boolean; write: (chunk: string) => boolean }
type Turns = { admit: (req: Request, res: Response, run: () => void) => void; running: number; waiting: number }
const { createTurns, maxFromEnv } = createRequire(import.meta.url)('./requestTurns.cjs') as {
  createTurns: (options: { max: number; holdLimitMs?: number }) => Turns
  maxFromEnv: (value: string | undefined) => number
}

/**
 * A request and its response as the gate sees them; `close()` is the response finishing, and a
 * write is taken at once unless `slowReader` (the socket's buffer is full).
 */
function exchange(url: string, method = 'GET') {
  const req: Request = { method, url, socket: { destroyed: false } }
  const state = { slowReader: false }
  const res: Response = Object.assign(new EventEmitter(), { destroyed: false, write: () => !state.slowReader })
  return { req, res, state, close: () => res.emit('close') }
}

describe('request turns', () => {
  it('lets `max` page requests in at once; the others go in as turns end, first come first served', () => {
    const turns = createTurns({ max: 2 })
    const started: string[] = []
    const pages = ['/it/blog', '/it/eventi', '/en/blog', '/it/cerca?q=spazi'].map((url) => exchange(url))
    for (const page of pages) turns.admit(page.req, page.res, () => started.push(page.req.url))
    expect(started).toEqual(['/it/blog', '/it/eventi'])
    expect(turns.waiting).toBe(2)
    pages[1].close()
    expect(started).toEqual(['/it/blog', '/it/eventi', '/en/blog'])
    // A response closes once: a second close does not give away a second turn.
    pages[1].close()
    expect(started).toHaveLength(3)
    pages[0].close()
    expect(started).toEqual(['/it/blog', '/it/eventi', '/en/blog', '/it/cerca?q=spazi'])
    pages[2].close()
    pages[3].close()
    expect(turns.running).toBe(0)
  })

  it('never queues forms, uploads, assets or the internal routes a render may ask for itself', () => {
    const turns = createTurns({ max: 1 })
    const page = exchange('/it/blog')
    turns.admit(page.req, page.res, () => {})
    const started: string[] = []
    for (const [url, method] of [
      ['/it/contatti/form', 'POST'],
      ['/api/media', 'POST'],
      ['/_next/static/chunks/app.js', 'GET'],
      ['/next/old-url?path=/evento2026', 'GET'],
    ]) {
      const other = exchange(url, method)
      turns.admit(other.req, other.res, () => started.push(url))
    }
    expect(started).toHaveLength(4)
    expect(turns.running).toBe(1)
  })

  it('passes the turn of a visitor who left while waiting to the next one', () => {
    const turns = createTurns({ max: 1 })
    const first = exchange('/it/blog')
    const gone = exchange('/it/eventi')
    const next = exchange('/en/blog')
    const started: string[] = []
    for (const page of [first, gone, next]) turns.admit(page.req, page.res, () => started.push(page.req.url))
    gone.req.socket.destroyed = true
    first.close()
    expect(started).toEqual(['/it/blog', '/en/blog'])
  })

  it('passes a turn over thousands of visitors who left while waiting, in one go', () => {
    const turns = createTurns({ max: 1 })
    const first = exchange('/it/blog')
    turns.admit(first.req, first.res, () => {})
    const left = Array.from({ length: 20_000 }, (_, n) => exchange(`/it/blog?page=${n}`))
    for (const page of left) turns.admit(page.req, page.res, () => {})
    for (const page of left) page.req.socket.destroyed = true
    const last = exchange('/en/blog')
    let started = false
    turns.admit(last.req, last.res, () => (started = true))
    first.close()
    expect(started).toBe(true)
    expect(turns.waiting).toBe(0)
    expect(turns.running).toBe(1)
  })

  it('ends the turn of a visitor who reads slower than the server writes', () => {
    const turns = createTurns({ max: 1 })
    const reader = exchange('/sitemap/blog-0.xml')
    const next = exchange('/it/blog')
    const started: string[] = []
    for (const page of [reader, next]) turns.admit(page.req, page.res, () => started.push(page.req.url))
    expect(reader.res.write('<urlset>')).toBe(true)
    expect(started).toEqual(['/sitemap/blog-0.xml'])
    reader.state.slowReader = true
    expect(reader.res.write('<url>…</url>')).toBe(false)
    expect(started).toEqual(['/sitemap/blog-0.xml', '/it/blog'])
    // Its later writes and its close give away nothing more.
    reader.res.write('<url>…</url>')
    reader.close()
    expect(turns.running).toBe(1)
  })

  it('ends a turn after its time limit, whatever the request is still doing', () => {
    vi.useFakeTimers()
    try {
      const turns = createTurns({ max: 1, holdLimitMs: 10_000 })
      const slow = exchange('/sitemap/blog-0.xml')
      const next = exchange('/it/blog')
      const started: string[] = []
      for (const page of [slow, next]) turns.admit(page.req, page.res, () => started.push(page.req.url))
      vi.advanceTimersByTime(9_999)
      expect(started).toEqual(['/sitemap/blog-0.xml'])
      vi.advanceTimersByTime(1)
      expect(started).toEqual(['/sitemap/blog-0.xml', '/it/blog'])
      // The slow one's late close does not free a turn it no longer holds.
      slow.close()
      expect(turns.running).toBe(1)
    } finally {
      vi.useRealTimers()
    }
  })

  it('reads MAX_CONCURRENT_PAGES: a whole number, 0 for no queue, the default otherwise', () => {
    expect(maxFromEnv(undefined)).toBe(6)
    expect(maxFromEnv('')).toBe(6)
    expect(maxFromEnv('12')).toBe(12)
    expect(maxFromEnv('0')).toBe(0)
    for (const odd of ['-1', '2.5', 'many', '1e400']) expect(maxFromEnv(odd)).toBe(6)
    const turns = createTurns({ max: 0 })
    let started = 0
    for (let n = 0; n < 50; n++) {
      const page = exchange('/it/blog')
      turns.admit(page.req, page.res, () => started++)
    }
    expect(started).toBe(50)
  })
})
