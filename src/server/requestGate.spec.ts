import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

// Patches http.createServer as `node --require` does before Next's server starts.
createRequire(import.meta.url)('./requestGate.cjs')

const gateKey = Symbol.for('coworking.pageGate')
const globals = globalThis as Record<symbol, unknown>
let down = false
let origin = ''
let server: http.Server
let inside = 0
let mostInside = 0

beforeAll(async () => {
  globals[gateKey] = {
    unavailable: (url: string) =>
      down && url.startsWith('/it') ? { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30' }, html: '<h1>Sito momentaneamente non disponibile</h1>' } : undefined,
  }
  // Stands in for Next: a page that fails, a rendered redirect whose Location is appended twice.
  server = http.createServer((req, res) => {
    if (req.url?.startsWith('/it/big')) {
      // A long answer written as fast as the socket takes it, for visitors who stop reading.
      const chunk = Buffer.alloc(64 * 1024, 'x')
      let left = 512
      const pump = () => {
        while (left > 0) {
          left--
          if (!res.write(chunk)) return res.once('drain', pump)
        }
        res.end()
      }
      return pump()
    }
    if (req.url?.startsWith('/it/slow')) {
      mostInside = Math.max(mostInside, ++inside)
      setTimeout(() => {
        inside--
        res.end('slow ok')
      }, 30)
      return
    }
    if (req.url === '/it/redirect') {
      res.statusCode = 308
      res.setHeader('location', '/it/new')
      res.appendHeader('location', '/it/new')
      return res.end()
    }
    if (req.url?.startsWith('/it/ends')) {
      res.statusCode = 500
      return res.end('error page')
    }
    if (req.url?.startsWith('/it/fails') || req.url?.startsWith('/api/fails')) {
      res.statusCode = 500
      res.setHeader('Content-Type', 'text/html')
      res.setHeader('Content-Length', '5')
      res.write('err')
      return res.end('or')
    }
    res.end(`${req.method} ok`)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  delete globals[gateKey]
  await new Promise((resolve) => server.close(resolve))
})

/** A raw request: fetch refuses TRACE and would merge repeated headers. */
function send(method: string, path: string) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; raw: string[]; body: string }>((resolve, reject) => {
    const request = http.request(`${origin}${path}`, { method }, (response) => {
      let body = ''
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      response.on('end', () => resolve({ status: response.statusCode ?? 0, headers: response.headers, raw: response.rawHeaders, body }))
    })
    request.on('error', reject)
    request.end()
  })
}

describe('request gate', () => {
  it.each(['TRACE', 'PROPFIND', 'MKCOL', 'LOCK', 'PURGE', 'SEARCH'])('answers %s with 405 and Allow, before the app', async (method) => {
    const response = await send(method, '/it/blog')
    expect(response.status).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD, POST, PUT, PATCH, DELETE, OPTIONS')
  })

  it('passes the ordinary methods to the app', async () => {
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']) expect((await send(method, '/it/blog')).body).toBe(`${method} ok`)
  })

  it('lets six page requests into the app at once, the others in turn', async () => {
    const answers = await Promise.all(Array.from({ length: 14 }, (_, n) => send('GET', `/it/slow?n=${n}`)))
    expect(answers.map((answer) => answer.body)).toEqual(Array(14).fill('slow ok'))
    expect(mostInside).toBe(6)
  })

  it('gives the turns of visitors who stopped reading to the next visitors', async () => {
    // Six visitors ask for a 32 MB answer and read none of it: without this, the seventh would wait out their 10 s.
    const stalled = await Promise.all(
      Array.from({ length: 6 }, () => new Promise<http.ClientRequest>((resolve) => {
        const request = http.get(`${origin}/it/big`, (response) => {
          response.pause()
          resolve(request)
        })
      })),
    )
    try {
      expect((await send('GET', '/it/slow?after=stalled')).body).toBe('slow ok')
    } finally {
      for (const request of stalled) request.destroy()
    }
  })

  it('sends one Location when the app appends it twice', async () => {
    const response = await send('GET', '/it/redirect')
    expect(response.status).toBe(308)
    expect(response.raw.filter((_, i) => i % 2 === 0 && response.raw[i].toLowerCase() === 'location')).toHaveLength(1)
  })

  it('turns a page 500 into the localized 503 while the database is down', async () => {
    expect((await send('GET', '/it/fails')).status).toBe(500)
    down = true
    try {
      const page = await send('GET', '/it/fails')
      expect(page.status).toBe(503)
      expect(page.headers['retry-after']).toBe('30')
      expect(page.headers['content-length']).toBeUndefined()
      expect(page.body).toBe('<h1>Sito momentaneamente non disponibile</h1>')
      expect((await send('HEAD', '/it/fails')).status).toBe(503)
      expect(await send('GET', '/it/ends')).toMatchObject({ status: 503, body: '<h1>Sito momentaneamente non disponibile</h1>' })
      // Not a page of the site: the API answers its own JSON 503.
      expect((await send('GET', '/api/fails')).status).toBe(500)
      expect((await send('GET', '/it/blog')).status).toBe(200)
    } finally {
      down = false
    }
  })
})
