import { expect, test } from '@playwright/test'
import { demoEditor } from './setup/demoAccounts'
import { staffRequest } from './setup/staffRequest'

type Post = { id: number; title?: string | null; slug?: string | null }
type PostList = { docs: Post[] }

const SEED_TITLE_IT = 'Qual è il ruolo dei coworking nei piccoli centri urbani'

test.describe('REST and GraphQL for an anonymous visitor', () => {
  test('English lists only the posts translated into English', async ({ request }) => {
    const italian = (await (await request.get('/api/posts?locale=it&limit=100')).json()) as PostList
    const english = (await (await request.get('/api/posts?locale=en&limit=100')).json()) as PostList
    expect(italian.docs.length).toBeGreaterThan(english.docs.length)
    expect(english.docs.length).toBeGreaterThan(0)
    for (const post of english.docs) expect(post.title, `post ${post.id} has an English title`).toBeTruthy()
    const italianOnly = italian.docs.filter((post) => !english.docs.some((en) => en.id === post.id))
    expect(italianOnly.length).toBeGreaterThan(0)
    const seedPost = italian.docs.find((post) => post.title?.startsWith(SEED_TITLE_IT))
    expect(seedPost).toBeDefined()
    const seedInEnglish = english.docs.find((post) => post.id === seedPost?.id)
    expect(seedInEnglish?.title).not.toContain('coworking nei piccoli centri')
  })

  test('an Italian-only post asked for in English is not found', async ({ request }) => {
    const italian = (await (await request.get('/api/posts?locale=it&limit=100')).json()) as PostList
    const english = (await (await request.get('/api/posts?locale=en&limit=100')).json()) as PostList
    const italianOnly = italian.docs.find((post) => !english.docs.some((en) => en.id === post.id))
    if (!italianOnly) throw new Error('the demo content has no Italian-only post to ask for')
    expect((await request.get(`/api/posts/${italianOnly.id}?locale=it`)).status()).toBe(200)
    const response = await request.get(`/api/posts/${italianOnly.id}?locale=en`)
    expect(response.status()).toBe(404)
  })

  test('drafts stay hidden from REST and GraphQL', async ({ request, playwright }) => {
    const login = await request.post('/api/users/login', { data: demoEditor })
    expect(login.ok()).toBe(true)
    const { token } = (await login.json()) as { token: string }
    const staff = await playwright.request.newContext({
      baseURL: test.info().project.use.baseURL,
      extraHTTPHeaders: { Authorization: `JWT ${token}` },
    })
    const created = await staff.post('/api/posts?locale=it&draft=true', {
      data: { title: 'Bozza riservata e2e', _status: 'draft' },
    })
    expect(created.ok(), await created.text()).toBe(true)
    const { doc } = (await created.json()) as { doc: Post }

    expect((await request.get(`/api/posts/${doc.id}?locale=it`)).status()).toBe(404)
    const list = (await (await request.get('/api/posts?locale=it&limit=100&draft=true')).json()) as PostList
    expect(list.docs.map((post) => post.id)).not.toContain(doc.id)

    const graphql = await request.post('/api/graphql', {
      data: { query: '{ Posts(locale: it, limit: 100, draft: true) { docs { id title } } }' },
    })
    const body = (await graphql.json()) as { data: { Posts: { docs: Post[] } } }
    expect(body.data.Posts.docs.length).toBeGreaterThan(0)
    expect(body.data.Posts.docs.map((post) => Number(post.id))).not.toContain(doc.id)

    expect((await staff.get(`/api/posts/${doc.id}?locale=it&draft=true`)).ok()).toBe(true)
    await staff.delete(`/api/posts/${doc.id}`)
    await staff.dispose()
  })

  test('GraphQL in English leaves out the Italian-only post', async ({ request }) => {
    const query = (locale: string) => ({ query: `{ Posts(locale: ${locale}, limit: 100) { docs { id title } } }` })
    const it = (await (await request.post('/api/graphql', { data: query('it') })).json()) as { data: { Posts: PostList } }
    const en = (await (await request.post('/api/graphql', { data: query('en') })).json()) as { data: { Posts: PostList } }
    expect(en.data.Posts.docs.length).toBeLessThan(it.data.Posts.docs.length)
    for (const post of en.data.Posts.docs) expect(post.title).toBeTruthy()
  })

  test('users are not listed to anonymous visitors', async ({ request }) => {
    expect((await request.get('/api/users')).status()).toBe(403)
  })
})

test.describe('REST for staff: what does not parse touches nothing', () => {
  test('an id that is not exactly a number is no document: not post 1 read, changed or deleted', async ({ playwright, baseURL }) => {
    const staff = await staffRequest(playwright, baseURL)
    const first = await staff.get('/api/posts?locale=it&sort=createdAt&limit=1')
    const [post] = ((await first.json()) as PostList).docs
    // Payload reads the URL's id with parseFloat: each of these was post `post.id` before.
    for (const id of [`${post.id}%20OR%201=1`, `${post.id}abc`, `${post.id}.0`, `${post.id}e0`]) {
      expect((await staff.get(`/api/posts/${id}`)).status(), id).toBe(404)
      expect((await staff.patch(`/api/posts/${id}?locale=it`, { data: { title: 'Sovrascritto' } })).status(), id).toBe(404)
      expect((await staff.delete(`/api/posts/${id}`)).status(), id).toBe(404)
    }
    const still = (await (await staff.get(`/api/posts/${post.id}?locale=it`)).json()) as Post
    expect(still.title).toBe(post.title)
    await staff.dispose()
  })

  test('versions of a collection that keeps none, and a multipart body that does not parse, are 4xx', async ({ playwright, baseURL }) => {
    const staff = await staffRequest(playwright, baseURL)
    for (const path of ['/api/tags/versions/1', '/api/tags/versions', '/api/spaces/versions/2']) expect((await staff.get(path)).status(), path).toBe(403)
    expect((await staff.get('/api/tags/versions/1e9')).status()).toBe(404)
    const broken = await staff.post('/api/tags', { headers: { 'content-type': 'multipart/form-data; boundary=x' }, data: '--x\r\nbroken' })
    expect(broken.status()).toBe(400)
    expect(((await broken.json()) as { errors: { message: string }[] }).errors[0].message).toMatch(/not well-formed/)
    await staff.dispose()
  })
})
