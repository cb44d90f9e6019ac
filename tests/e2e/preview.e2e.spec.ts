import { expect, type APIRequestContext, test } from '@playwright/test'
import { derivedSecret } from '../../src/config/derivedSecret'
import { demoEditor } from './setup/demoAccounts'
import { E2E_PAYLOAD_SECRET } from './setup/globalSetup'

/**
 * The preview route opens drafts only to a logged-in editor holding the secret; a draft-mode
 * cookie alone shows nothing but the public site.
 */
test.describe.configure({ mode: 'serial' })

const previewSecret = derivedSecret('preview', E2E_PAYLOAD_SECRET)
const previewPath = (id: number, secret = previewSecret) => `/next/preview?collection=posts&id=${id}&locale=it&secret=${secret}`

let editor: APIRequestContext
// Writes authenticate with the token (a cookie alone is refused without an allowed Origin).
let authorization: { Authorization: string }
let draft: { id: number; slug: string; title: string }

test.beforeAll(async ({ playwright, baseURL }) => {
  // A browser marks its own navigations same-origin; Payload trusts the session cookie only then.
  editor = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' } })
  const login = await editor.post('/api/users/login', { data: demoEditor })
  authorization = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const title = `Bozza riservata ${Date.now()}`
  const created = await editor.post('/api/posts?locale=it&draft=true', { data: { title, slug: '', _status: 'draft' }, headers: authorization })
  expect(created.ok()).toBe(true)
  const { doc } = (await created.json()) as { doc: { id: number; slug: string } }
  draft = { ...doc, title }
})

test.afterAll(async () => {
  if (draft) await editor.delete(`/api/posts/${draft.id}`, { headers: authorization })
  await editor.dispose()
})

test('refuses a visitor without a session, even with the secret', async ({ request }) => {
  const response = await request.get(previewPath(draft.id), { maxRedirects: 0 })
  expect(response.status()).toBe(401)
  expect(response.headers()['set-cookie'] ?? '').not.toContain('__prerender_bypass')
})

test('refuses an editor without the secret', async () => {
  const response = await editor.get(previewPath(draft.id, 'guessed'), { maxRedirects: 0 })
  expect(response.status()).toBe(403)
})

test('opens the draft to the editor, with the preview banner', async () => {
  const response = await editor.get(previewPath(draft.id), { maxRedirects: 0 })
  expect(response.status()).toBe(307)
  expect(response.headers().location).toBe(`/it/blog/${draft.slug}`)
  const page = await editor.get(`/it/blog/${draft.slug}`)
  expect(page.status()).toBe(200)
  const html = await page.text()
  expect(html).toContain(draft.title)
  expect(html).toContain('Esci dall&#x27;anteprima')
})

test('the banner says so in the browser, in both languages', async ({ browser }) => {
  const context = await browser.newContext({ storageState: await editor.storageState() })
  const page = await context.newPage()
  await page.goto(`/it/blog/${draft.slug}`)
  await expect(page.getByRole('status')).toContainText('Anteprima')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(draft.title)
  await page.screenshot({ path: '.ci-artifacts/screenshots/preview-banner-it.png' })
  await page.goto('/en/blog')
  await expect(page.getByRole('link', { name: 'Exit preview' })).toBeVisible()
  await context.close()
})

test('shows the public site to a draft-mode cookie without a session', async ({ playwright, baseURL }) => {
  const { cookies } = await editor.storageState()
  const bypass = cookies.filter((cookie) => cookie.name === '__prerender_bypass')
  expect(bypass).toHaveLength(1)
  const stranger = await playwright.request.newContext({
    baseURL,
    extraHTTPHeaders: { 'Sec-Fetch-Site': 'same-origin' },
    storageState: { cookies: bypass, origins: [] },
  })
  const page = await stranger.get(`/it/blog/${draft.slug}`)
  expect(page.status()).toBe(404)
  expect(await page.text()).not.toContain(draft.title)
  await stranger.dispose()
})

test('leaving the preview returns to the public version', async () => {
  const exit = await editor.get('/next/exit-preview', { maxRedirects: 0, headers: { referer: `${test.info().project.use.baseURL}/it/blog/${draft.slug}` } })
  expect(exit.status()).toBe(307)
  expect(exit.headers().location).toBe(`/it/blog/${draft.slug}`)
  expect((await editor.get(`/it/blog/${draft.slug}`)).status()).toBe(404)
})

test('the revalidation route refuses a caller without its secret', async ({ request }) => {
  const response = await request.post('/next/revalidate', { data: { tags: ['cms:posts'] } })
  expect(response.status()).toBe(403)
})
