import { expect, type APIRequestContext, test } from '@playwright/test'
import { demoEditor } from './setup/demoAccounts'
import { staffRequest } from './setup/staffRequest'

/**
 * Anonymous REST and GraphQL reads are answered from Next's data cache, expired by the same tags
 * as the pages: the next anonymous request after a publish, an edit or an unpublish already shows
 * it, a draft never does, and a request with a session neither reads nor fills that cache.
 */
test.describe.configure({ mode: 'serial' })

type Post = { id: number; title?: string | null }
type PostList = { docs: Post[] }

const list = '/api/posts?locale=it&limit=100&sort=-createdAt'
const graphQL = { query: '{ Posts(locale: it, limit: 100, sort: "-createdAt") { docs { id title } } }' }

let staff: APIRequestContext
let postId: number | undefined

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
})

test.afterAll(async () => {
  if (postId) await staff.delete(`/api/posts/${postId}`)
  await staff.dispose()
})

const titles = async (request: APIRequestContext) => ((await (await request.get(list)).json()) as PostList).docs.map((post) => post.title)
const graphQLTitles = async (request: APIRequestContext) =>
  ((await (await request.post('/api/graphql', { data: graphQL })).json()) as { data: { Posts: PostList } }).data.Posts.docs.map((post) => post.title)

test('an anonymous read is kept for the edge and answered again from the cache, whatever the order of its parameters', async ({ request }) => {
  const first = await request.get('/api/posts?locale=it&limit=3')
  expect(first.status()).toBe(200)
  expect(first.headers()['cache-control']).toBe('public, max-age=0, s-maxage=300, stale-while-revalidate=60')
  expect(first.headers()['xkey']).toContain('cms:posts')
  expect(first.headers()['vary']).toContain('Authorization')
  const again = await request.get('/api/posts?limit=3&locale=it')
  expect(again.headers()['x-api-cache']).toBe('HIT')
  expect(await again.json()).toEqual(await first.json())

  await request.post('/api/graphql', { data: graphQL })
  expect((await request.post('/api/graphql', { data: graphQL })).headers()['x-api-cache']).toBe('HIT')
})

test('publishing, editing, saving a draft and unpublishing show on the next anonymous read, drafts never', async ({ request }) => {
  const title = `Colazione in terrazza ${Date.now()}`
  await titles(request)
  await graphQLTitles(request) // both kept before the change

  const created = await staff.post('/api/posts?locale=it', { data: { title, slug: '', _status: 'published' } })
  expect(created.ok(), await created.text()).toBe(true)
  const post = ((await created.json()) as { doc: Post }).doc
  postId = post.id
  expect(await titles(request)).toContain(title)
  expect(await graphQLTitles(request)).toContain(title)
  expect((await request.get(`/api/posts/${post.id}?locale=it`)).status()).toBe(200)

  const edited = `${title} (spostata)`
  expect((await staff.patch(`/api/posts/${post.id}?locale=it`, { data: { title: edited, _status: 'published' } })).ok()).toBe(true)
  expect(await titles(request)).toContain(edited)
  expect(await graphQLTitles(request)).toContain(edited)

  const draft = `${title} (bozza)`
  expect((await staff.patch(`/api/posts/${post.id}?locale=it&draft=true`, { data: { title: draft } })).ok()).toBe(true)
  expect(await titles(request)).toContain(edited)
  expect(await titles(request)).not.toContain(draft)
  expect(await (await request.get(`${list}&draft=true`)).text()).not.toContain(draft)
  expect(await graphQLTitles(request)).not.toContain(draft)

  expect((await staff.patch(`/api/posts/${post.id}?locale=it`, { data: { _status: 'draft' } })).ok()).toBe(true)
  expect(await titles(request)).not.toContain(edited)
  expect(await graphQLTitles(request)).not.toContain(edited)
  expect((await request.get(`/api/posts/${post.id}?locale=it`)).status()).toBe(404)
})

test('a request with a session never gets the anonymous answer, and never leaves its own for anonymous readers', async ({ request, playwright, baseURL }) => {
  const title = `Riunione del lunedì ${Date.now()}`
  const created = await staff.post('/api/posts?locale=it', { data: { title, slug: '', _status: 'published' } })
  const post = ((await created.json()) as { doc: Post }).doc
  const draft = `${title} (bozza)`
  await staff.patch(`/api/posts/${post.id}?locale=it&draft=true`, { data: { title: draft } })
  const path = `/api/posts/${post.id}?locale=it&draft=true`

  // Anonymous first: the published title is kept; staff asking the same address see their draft.
  expect(((await (await request.get(path)).json()) as Post).title).toBe(title)
  const withToken = await staff.get(path)
  expect(withToken.headers()['x-api-cache']).toBeUndefined()
  expect(withToken.headers()['cache-control']).toBe('private, no-store')
  expect(((await withToken.json()) as Post).title).toBe(draft)

  // A browser session (the payload-token cookie) is a session too; Payload takes the cookie from a
  // browser's same-origin request only (its CSRF check), so the context says it is one.
  const browser = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' } })
  expect((await browser.post('/api/users/login', { data: demoEditor })).ok()).toBe(true)
  const withCookie = await browser.get(path)
  expect(withCookie.headers()['x-api-cache']).toBeUndefined()
  expect(((await withCookie.json()) as Post).title).toBe(draft)

  // Staff first on an address no one asked for yet: the anonymous reader still gets the published title.
  const fresh = `/api/posts/${post.id}?locale=it&depth=0&draft=true`
  expect(((await (await browser.get(fresh)).json()) as Post).title).toBe(draft)
  expect((await staff.post('/api/graphql', { data: { query: `{ Post(id: ${post.id}, locale: it, draft: true) { title } }` } })).ok()).toBe(true)
  const anonymous = await request.get(fresh)
  expect(anonymous.headers()['x-api-cache']).toBe('MISS')
  expect(((await anonymous.json()) as Post).title).toBe(title)
  const anonymousGraphQL = await request.post('/api/graphql', { data: { query: `{ Post(id: ${post.id}, locale: it, draft: true) { title } }` } })
  expect(((await anonymousGraphQL.json()) as { data: { Post: Post } }).data.Post.title).toBe(title)

  await browser.dispose()
  await staff.delete(`/api/posts/${post.id}`)
})

test('mutations and refused reads are never kept', async ({ request }) => {
  const refused = await request.get('/api/posts?locale=it&limit=1000')
  expect(refused.status()).toBe(400)
  expect(refused.headers()['x-api-cache']).toBeUndefined()
  const mutation = await request.post('/api/graphql', { data: { query: 'mutation { deletePost(id: 1) { id } }' } })
  expect(mutation.headers()['x-api-cache']).toBeUndefined()
})
