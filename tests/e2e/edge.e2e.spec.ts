import { expect, test } from '@playwright/test'
import { demoPages } from './setup/demoPages'

const noFollow = { maxRedirects: 0 }

test.describe('addresses that do not decode', () => {
  for (const path of ['/it/%ff', '/en/events/%E0%A4%A', '/it/eventi/%c0%af', '/%25ff', '/it/calendar/spaces/%ff.ics', '/it/a%00b', '/it/cerca?q=%00', '/it/cerca?q=%ff']) {
    test(`${path} is refused, never a 500`, async ({ request }) => {
      const response = await request.get(path)
      expect([400, 404]).toContain(response.status())
      if (response.status() === 400) expect(await response.text()).toMatch(/Indirizzo non valido|Invalid address/)
    })
  }

  test('a bad address under /en is answered in English', async ({ request }) => {
    const response = await request.get('/en/%ff', noFollow)
    expect(response.status()).toBe(400)
    expect(await response.text()).toContain('Invalid address')
  })

  test('page numbers beyond the last page are a 404, huge ones too', async ({ request }) => {
    for (const path of ['/it/cerca?q=x&page=9007199254740991', '/it/cerca?q=spazi&page=999', '/it/blog?page=99999', '/en/blog?page=1e9']) {
      expect((await request.get(path, noFollow)).status(), path).toBe(404)
    }
  })

  test('an over-long query never reaches the database', async ({ request }) => {
    expect((await request.get(`/it/cerca?q=${'a'.repeat(3000)}`, noFollow)).status()).toBe(400)
  })
})

test.describe('security headers', () => {
  const common = (headers: Record<string, string>) => {
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
    expect(headers['permissions-policy']).toContain('camera=()')
  }

  test('public pages send a CSP that keeps out third-party scripts, plugins and <base> changes', async ({ request }) => {
    for (const path of [demoPages.home.it, demoPages.post.en, demoPages.event.it]) {
      const response = await request.get(path)
      expect(response.status()).toBe(200)
      const headers = response.headers()
      common(headers)
      const csp = headers['content-security-policy']
      for (const directive of ["script-src 'self' 'unsafe-inline'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'self'", "default-src 'self'"]) {
        expect(csp, path).toContain(directive)
      }
      expect(csp).not.toContain('nonce-')
    }
  })

  test('the widget may be framed anywhere; the admin and the API are not given the site policy', async ({ request }) => {
    const widget = (await request.get('/it/embed/lofoio')).headers()
    expect(widget['content-security-policy']).toContain('frame-ancestors *')
    const api = (await request.get('/api/posts?limit=1')).headers()
    common(api)
    expect(api['content-security-policy']).toBe("frame-ancestors 'self'")
  })

  test('uploaded files are sent with nosniff', async ({ request }) => {
    const { docs } = (await (await request.get('/api/media?limit=1&depth=0')).json()) as { docs: { sizes: Record<string, { url?: string | null }> }[] }
    const url = Object.values(docs[0].sizes).find((size) => size.url)?.url as string
    const file = await request.get(url)
    expect(file.status()).toBe(200)
    common(file.headers())
  })

  test('pages break no rule of their own policy', async ({ page }) => {
    const violations: string[] = []
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text())
    })
    for (const path of [demoPages.event.it, demoPages.post.en, demoPages.space.it, '/it/embed/lofoio']) await page.goto(path)
    expect(violations).toEqual([])
  })

  test('a cached page stays cached with the policy (no per-request nonce)', async ({ request }) => {
    await request.get(demoPages.post.it)
    const again = await request.get(demoPages.post.it)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  })
})

test.describe('the REST API', () => {
  test('bad ids are 404 and bad filters 400, as JSON', async ({ request }) => {
    for (const path of ['/api/posts/abc', '/api/posts/1.5', '/api/posts/99999999999', '/api/posts/-1', '/api/events/0']) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(404)
      expect(response.headers()['content-type']).toContain('application/json')
    }
    for (const path of ['/api/posts?where[title][like]=%25', '/api/posts?where[id][equals]=abc', '/api/posts?where[publishedAt][greater_than]=notadate', '/api/posts?page=9007199254740991']) {
      const response = await request.get(path)
      expect(response.status(), path).toBeLessThan(500)
      expect(response.headers()['content-type'], path).toContain('application/json')
    }
  })

  test('anonymous readers get at most 100 documents, depth 2, paginated, one locale', async ({ request }) => {
    for (const query of ['limit=101', 'limit=100000', 'limit=0', 'depth=3', 'depth=10', 'pagination=false', 'locale=all']) {
      const response = await request.get(`/api/posts?${query}`)
      expect(response.status(), query).toBe(400)
      expect(((await response.json()) as { errors: { message: string }[] }).errors[0].message, query).toBeTruthy()
    }
    expect((await request.get('/api/posts?limit=100&depth=2')).status()).toBe(200)
    expect((await request.get('/api/posts/1?locale=all')).status()).toBe(400)
  })

  test('internal fields are hidden from anonymous readers', async ({ request }) => {
    const { docs } = (await (await request.get('/api/posts?limit=5&locale=it')).json()) as { docs: Record<string, unknown>[] }
    expect(docs.length).toBeGreaterThan(0)
    for (const doc of docs) {
      for (const field of ['translation', 'previousSlugs', 'wordpressId', 'wordpressSlug']) expect(doc[field] ?? null, field).toBeNull()
    }
    expect((await request.get('/api/posts?where[wordpressId][exists]=true')).status()).toBeGreaterThanOrEqual(400)
  })
})

test.describe('the GraphQL API', () => {
  const post = (request: import('@playwright/test').APIRequestContext, query: string) => request.post('/api/graphql', { data: { query } })

  test('answers a modest query', async ({ request }) => {
    const response = await post(request, '{ Posts(limit: 2, locale: it) { docs { id title } } }')
    expect(response.status()).toBe(200)
    expect(((await response.json()) as { data: { Posts: { docs: unknown[] } } }).data.Posts.docs.length).toBeGreaterThan(0)
  })

  test('refuses many aliases, deep nesting and costly queries before running them', async ({ request }) => {
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `a${i}: Posts(limit: 100) { docs { id } }`).join(' ')} }`
    const deep = '{ Posts { docs { relatedEvents { posts { docs { relatedEvents { posts { docs { id } } } } } } } } }'
    const relations = 'relatedEvents { id title } relatedSpaces { id name } relatedProjects { id title } categories { id title } tags { id title } coverImage { id alt }'
    const costly = `{ ${Array.from({ length: 5 }, (_, i) => `c${i}: Posts(limit: 100) { docs { id title ${relations} } }`).join(' ')} }`
    for (const [query, reason] of [[aliases, /alias/i], [deep, /depth/i], [costly, /complex/i]] as const) {
      const response = await post(request, query)
      expect(response.status()).toBeLessThan(500)
      const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] }
      expect(body.errors?.map((error) => error.message).join(' '), query.slice(0, 40)).toMatch(reason)
      expect(body.data ?? null).toBeNull()
    }
  })

  test('hides internal fields from anonymous readers', async ({ request }) => {
    const response = await post(request, '{ Posts(limit: 1, locale: it) { docs { id previousSlugs { slug } } } }')
    const body = (await response.json()) as { data?: { Posts?: { docs: { previousSlugs?: unknown }[] } }; errors?: unknown[] }
    const doc = body.data?.Posts?.docs[0]
    expect(doc?.previousSlugs ?? null).toBeNull()
  })
})
