import { expect, type APIRequestContext, test } from '@playwright/test'
import sharp from 'sharp'
import { demoEditor } from './setup/demoAccounts'
import { wholeSitemap } from './setup/sitemap'

/**
 * Pages are served from Next's cache and expired by the collection hooks: the first request after
 * an editor publishes must already show the change, with no waiting and no rebuild.
 */
test.describe.configure({ mode: 'serial' })

let staff: APIRequestContext
let postId: number
const cleanUp: string[] = []
let eventId: number

test.beforeAll(async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  const login = await anonymous.post('/api/users/login', { data: demoEditor })
  const { token } = (await login.json()) as { token: string }
  staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
})

test.afterAll(async () => {
  if (postId) await staff.delete(`/api/posts/${postId}`)
  for (const path of cleanUp) await staff.delete(path)
  if (eventId) await staff.delete(`/api/events/${eventId}`)
})

test('a cached page is served from the cache', async ({ request }) => {
  await request.get('/it/blog')
  await request.get('/it')
  const again = await request.get('/it')
  expect(again.headers()['x-nextjs-cache']).toBe('HIT')
})

test('publishing, editing and unpublishing show on the very next request', async ({ request }) => {
  const title = `Aperitivo di fine anno ${Date.now()}`
  await request.get('/it/blog') // fill the cache first
  const created = await staff.post('/api/posts?locale=it', {
    data: { title, slug: '', excerpt: 'Ci vediamo in Warehouse.', _status: 'published' },
  })
  expect(created.ok()).toBe(true)
  const post = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  postId = post.id

  expect(await (await request.get('/it/blog')).text()).toContain(title)
  const page = await request.get(`/it/blog/${post.slug}`)
  expect(page.status()).toBe(200)
  expect((await wholeSitemap(request)).files).toContain(`/it/blog/${post.slug}</loc>`)

  const renamed = `${title} (rinviato)`
  const edited = await staff.patch(`/api/posts/${post.id}?locale=it`, { data: { title: renamed, _status: 'published' } })
  expect(edited.ok()).toBe(true)
  const newSlug = ((await edited.json()) as { doc: { slug: string } }).doc.slug
  expect(await (await request.get(`/it/blog/${newSlug}`)).text()).toContain(renamed)
  expect(await (await request.get('/it/blog')).text()).toContain(renamed)

  const unpublished = await staff.patch(`/api/posts/${post.id}?locale=it`, { data: { _status: 'draft' } })
  expect(unpublished.ok()).toBe(true)
  expect((await request.get(`/it/blog/${newSlug}`)).status()).toBe(404)
  expect(await (await request.get('/it/blog')).text()).not.toContain(renamed)
  expect((await wholeSitemap(request)).files).not.toContain(newSlug)
})

test('deleting a post removes it from the list on the next request', async ({ request }) => {
  const title = `Da cancellare ${Date.now()}`
  const created = await staff.post('/api/posts?locale=it', { data: { title, slug: '', _status: 'published' } })
  const { id } = ((await created.json()) as { doc: { id: number } }).doc
  expect(await (await request.get('/it/blog')).text()).toContain(title)
  expect((await staff.delete(`/api/posts/${id}`)).ok()).toBe(true)
  expect(await (await request.get('/it/blog')).text()).not.toContain(title)
})

const square = (red: number) => sharp({ create: { width: 800, height: 500, channels: 3, background: { r: red, g: 120, b: 60 } } }).png().toBuffer()

type MediaDoc = { id: number; filename: string; sizes: Record<string, { filename: string | null }> }

/** The original's name and its sizes' (a size larger than the original is not made). */
const fileNames = (doc: MediaDoc) => [doc.filename, ...Object.values(doc.sizes).flatMap(({ filename }) => (filename ? [filename] : []))]

test('replacing a cover image shows the new file on the next request, never the old one', async ({ request }) => {
  // The same file name both times, as an editor re-uploading a corrected photo would.
  const name = `copertina-${Date.now()}.png`
  const uploaded = await staff.post('/api/media?locale=it', {
    multipart: { file: { name, mimeType: 'image/png', buffer: await square(30) }, _payload: JSON.stringify({ alt: 'Copertina' }) },
  })
  expect(uploaded.status()).toBe(201)
  const before = ((await uploaded.json()) as { doc: MediaDoc }).doc
  cleanUp.push(`/api/media/${before.id}`)
  const created = await staff.post('/api/posts?locale=it', {
    data: { title: `Con copertina ${Date.now()}`, slug: '', coverImage: before.id, _status: 'published' },
  })
  const post = ((await created.json()) as { doc: { id: number; slug: string } }).doc
  cleanUp.unshift(`/api/posts/${post.id}`)
  const pageHtml = async () => (await request.get(`/it/blog/${post.slug}`)).text()
  const shownBefore = await pageHtml()
  expect(fileNames(before).some((file) => shownBefore.includes(file))).toBe(true)

  const replaced = await staff.patch(`/api/media/${before.id}?locale=it`, {
    multipart: { file: { name, mimeType: 'image/png', buffer: await square(220) }, _payload: JSON.stringify({ alt: 'Copertina' }) },
  })
  expect(replaced.ok()).toBe(true)
  const after = ((await replaced.json()) as { doc: MediaDoc }).doc
  // A new name, so that browsers and the edge, which keep a file for a while, ask for the new one.
  expect(after.filename).not.toBe(before.filename)
  expect(after.sizes.card.filename).not.toBe(before.sizes.card.filename)

  const html = await pageHtml()
  expect(fileNames(after).some((file) => html.includes(file))).toBe(true)
  for (const old of fileNames(before)) expect(html).not.toContain(old)
  expect((await request.get(`/api/media/file/${before.filename}`)).status()).toBe(404)
  const file = await request.get(`/api/media/file/${after.filename}`)
  expect(file.status()).toBe(200)
  const { dominant } = await sharp(Buffer.from(await file.body())).stats()
  expect(dominant.r).toBeGreaterThan(150)
})

test("the events list's cached first page shows a new event, its new title and its removal on the next request", async ({ request }) => {
  const title = `Assemblea dei soci ${Date.now()}`
  await request.get('/it/eventi')
  expect((await request.get('/it/eventi')).headers()['x-nextjs-cache']).toBe('HIT')
  const created = await staff.post('/api/events?locale=it', {
    data: { title, slug: '', start: new Date(Date.now() + 7 * 86_400_000).toISOString(), start_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
  })
  expect(created.ok(), await created.text()).toBe(true)
  eventId = ((await created.json()) as { doc: { id: number } }).doc.id
  expect(await (await request.get('/it/eventi')).text()).toContain(title)

  const renamed = `${title} (rinviata)`
  expect((await staff.patch(`/api/events/${eventId}?locale=it`, { data: { title: renamed, _status: 'published' } })).ok()).toBe(true)
  expect(await (await request.get('/it/eventi')).text()).toContain(renamed)

  expect((await staff.patch(`/api/events/${eventId}?locale=it`, { data: { _status: 'draft' } })).ok()).toBe(true)
  expect(await (await request.get('/it/eventi')).text()).not.toContain(renamed)
})
