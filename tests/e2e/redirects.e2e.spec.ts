import { type APIRequestContext, expect, test } from '@playwright/test'
import { editorInAdmin } from './setup/adminSession'
import { demoPages } from './setup/demoPages'
import { staffRequest } from './setup/staffRequest'

/** Redirects the staff manage (Payload's redirects plugin), answered by the proxy in one hop. */
const stamp = Date.now().toString(36)
let staff: APIRequestContext
const created: number[] = []

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
})

test.afterAll(async () => {
  for (const id of created) await staff.delete(`/api/redirects/${id}`)
  await staff.dispose()
})

async function createRedirect(data: Record<string, unknown>) {
  const response = await staff.post('/api/redirects', { data: { type: '308', ...data } })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: number; from: string } }
  created.push(doc.id)
  return doc
}

async function eventId(slug: string) {
  const response = await staff.get(`/api/events?locale=it&where[slug][equals]=${slug}&depth=0`)
  return ((await response.json()) as { docs: { id: number }[] }).docs[0].id
}

/** The status and Location of one request, not followed; the visitor's language by cookie. */
async function hop(request: APIRequestContext, path: string, locale?: 'it' | 'en') {
  const response = await request.get(path, { maxRedirects: 0, headers: locale ? { cookie: `NEXT_LOCALE=${locale}`, 'accept-language': locale } : {} })
  const location = response.headers().location
  return { status: response.status(), to: location ? decodeURI(new URL(location, 'http://site.invalid').pathname) : undefined }
}

test('a staff redirect to an event answers one 308 to its page, in the visitor’s language or the path’s', async ({ request }) => {
  const [itSlug, enSlug] = [demoPages.event.it.split('/').at(-1)!, demoPages.event.en.split('/').at(-1)!]
  const redirect = await createRedirect({ from: `evento-${stamp}/`, to: { type: 'reference', reference: { relationTo: 'events', value: await eventId(itSlug) } } })
  expect(redirect.from).toBe(`/evento-${stamp}`)

  expect(await hop(request, `/evento-${stamp}`, 'it')).toEqual({ status: 308, to: `/it/eventi/${itSlug}` })
  expect(await hop(request, `/evento-${stamp}`, 'en')).toEqual({ status: 308, to: `/en/events/${enSlug}` })
  // A trailing slash or an upper-case letter in the locale: still one hop to the target.
  expect(await hop(request, `/evento-${stamp}/`, 'en')).toEqual({ status: 308, to: `/en/events/${enSlug}` })
  expect((await request.get(demoPages.event.en, { maxRedirects: 0 })).status()).toBe(200)

  // A temporary redirect with a language in its path, through the first one: one 307 to the Italian page.
  await createRedirect({ from: `/it/volantino-${stamp}`, to: { type: 'custom', url: `/evento-${stamp}` }, type: '307' })
  expect(await hop(request, `/it/volantino-${stamp}`, 'en')).toEqual({ status: 307, to: `/it/eventi/${itSlug}` })
  expect(await hop(request, `/IT/volantino-${stamp}`, 'en')).toEqual({ status: 307, to: `/it/eventi/${itSlug}` })

  // A change is served at once (the table's cache expires by tag), a deletion too.
  const patched = await staff.patch(`/api/redirects/${redirect.id}`, { data: { to: { type: 'custom', url: 'https://example.org/festa' } } })
  expect(patched.ok(), await patched.text()).toBe(true)
  const external = await request.get(`/evento-${stamp}`, { maxRedirects: 0 })
  expect(external.status()).toBe(308)
  expect(external.headers().location).toBe('https://example.org/festa')
  await staff.delete(`/api/redirects/${redirect.id}`)
  // Gone: the address is an ordinary one again (next-intl gives it the visitor's locale, then a 404).
  expect(await hop(request, `/evento-${stamp}`, 'it')).toEqual({ status: 307, to: `/it/evento-${stamp}` })
  expect((await request.get(`/it/evento-${stamp}`, { maxRedirects: 0 })).status()).toBe(404)
})

test('the demo’s /prenota leads to the contact page in both languages', async ({ request }) => {
  expect(await hop(request, '/prenota', 'it')).toEqual({ status: 308, to: demoPages.contact.it })
  expect(await hop(request, '/prenota', 'en')).toEqual({ status: 308, to: demoPages.contact.en })
})

test('hostile "from" values are refused with a message, never a 500; hostile requests near a redirect are 400 or 404', async ({ request }) => {
  for (const from of ['/a%00b', '/%ff', '/%E0%A4%A', '/x%2F..%2Fadmin', '/../admin', '/a?b=1', '/a.php', `/${'x'.repeat(300)}`, '/\u0000', '', '/it', '/en/events', '/api/users', demoPages.about.it]) {
    const response = await staff.post('/api/redirects', { data: { from, to: { type: 'custom', url: '/it/blog' }, type: '308' } })
    expect(response.status(), from).toBe(400)
    expect(JSON.stringify(await response.json()), from).toMatch(/"path":"from"/)
  }
  for (const url of ['javascript:alert(1)', '//evil.example', 'data:text/html,<script>']) {
    const response = await staff.post('/api/redirects', { data: { from: `/cattivo-${stamp}`, to: { type: 'custom', url }, type: '308' } })
    expect(response.status(), url).toBe(400)
  }
  for (const path of ['/prenota%00', '/prenota%ff', '/prenota%2F', '/pre%6Eota']) {
    const { status } = await hop(request, path, 'it')
    // 307: not a redirect's address, so next-intl adds the locale.
    expect([307, 308, 400, 404], path).toContain(status)
  }
})

test('in the admin, a "from" that is a live page is refused with a clear error', async ({ browser }) => {
  const page = await editorInAdmin(browser, 'it')
  await page.goto('/admin/collections/redirects/create')
  // Until the form has hydrated, a click on the radio does not reach its state: try again until the address field appears.
  await expect(async () => {
    await page.getByText('Un indirizzo', { exact: true }).click()
    await expect(page.locator('#field-to__url')).toBeVisible({ timeout: 1000 })
  }).toPass()
  await page.locator('#field-from').fill(demoPages.about.it)
  await page.locator('#field-to__url').fill('/it/blog')
  await page.locator('#action-save').click()
  await expect(page.getByText('è l’indirizzo di una pagina che esiste').first()).toBeVisible()
  await page.context().close()
})
