import { describe, expect, it } from 'vitest'
import { apiReadKey, isAnonymous } from './apiReadKey'

const origins = ['http://localhost:3000']
const graphQL = (body: unknown, headers: Record<string, string> = {}) => {
  const text = JSON.stringify(body)
  return new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'content-length': String(text.length), ...headers },
    body: text,
  })
}

describe('apiReadKey', () => {
  it('keys a REST read by its path and its parameters in a fixed order', async () => {
    const a = await apiReadKey(new Request('http://localhost:3000/api/posts?locale=it&limit=10'), origins)
    const b = await apiReadKey(new Request('http://localhost:3000/api/posts?limit=10&locale=it'), origins)
    expect(a).toEqual({ kind: 'read', key: 'GET /api/posts?limit=10&locale=it ' })
    expect(b).toEqual(a)
  })

  it('keeps documents by id, counts and globals; not the session, files, versions or unknown routes', async () => {
    const kinds = async (path: string) => (await apiReadKey(new Request(`http://localhost:3000${path}`), origins)).kind
    expect(await kinds('/api/events/12')).toBe('read')
    expect(await kinds('/api/posts/count')).toBe('read')
    expect(await kinds('/api/globals/navigation')).toBe('read')
    for (const path of ['/api/users/me', '/api/media/file/a.jpg', '/api/posts/versions', '/api/payload-jobs/run', '/api/postsx']) {
      expect(await kinds(path)).toBe('other')
    }
    expect((await apiReadKey(new Request('http://localhost:3000/api/posts', { method: 'DELETE' }), origins)).kind).toBe('other')
  })

  it('keys the origin only when CORS answers it', async () => {
    const withOrigin = (origin: string) => apiReadKey(new Request('http://localhost:3000/api/posts', { headers: { origin } }), origins)
    expect(await withOrigin('http://localhost:3000')).toEqual({ kind: 'read', key: 'GET /api/posts? http://localhost:3000' })
    expect(await withOrigin('https://elsewhere.example')).toEqual({ kind: 'read', key: 'GET /api/posts? ' })
  })

  it('keeps GraphQL queries, never mutations or documents that do not parse, and leaves the body readable', async () => {
    const request = graphQL({ query: '{ Posts(limit: 1) { docs { id } } }' })
    expect((await apiReadKey(request, origins)).kind).toBe('read')
    expect(await request.json()).toEqual({ query: '{ Posts(limit: 1) { docs { id } } }' })
    expect((await apiReadKey(graphQL({ query: 'mutation { deletePost(id: 1) { id } }' }), origins)).kind).toBe('other')
    expect((await apiReadKey(graphQL({ query: '{ a } mutation B { deletePost(id: 1) { id } }' }), origins)).kind).toBe('other')
    expect((await apiReadKey(graphQL({ query: '{ Posts(' }), origins)).kind).toBe('other')
  })

  it('answers a large GraphQL body without keeping it', async () => {
    expect((await apiReadKey(graphQL({ query: `{ Posts { docs { id } } } ${'#'.repeat(20_000)}` }), origins)).kind).toBe('other')
  })
})

describe('isAnonymous', () => {
  it('is false with a session cookie, a preview cookie or any Authorization header', () => {
    expect(isAnonymous(new Headers({ cookie: 'NEXT_LOCALE=it' }))).toBe(true)
    expect(isAnonymous(new Headers({ cookie: 'NEXT_LOCALE=it; payload-token=abc' }))).toBe(false)
    expect(isAnonymous(new Headers({ cookie: '__prerender_bypass=1' }))).toBe(false)
    expect(isAnonymous(new Headers({ authorization: 'users API-Key 123' }))).toBe(false)
  })
})
