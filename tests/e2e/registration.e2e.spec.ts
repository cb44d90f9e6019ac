import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test'
import { cancelToken } from '../../src/lib/registration/cancelToken'
import { E2E_PAYLOAD_SECRET } from './setup/globalSetup'
import { editorInAdmin } from './setup/adminSession'
import { staffRequest } from './setup/staffRequest'

/** A visitor registers on an event page, sees the seats go down, and cancels by the e-mail's link: both languages, with and without JavaScript. */
const stamp = Date.now().toString(36)
let staff: APIRequestContext
let eventId: number
const paths = { it: '', en: '' }

const seatsText = { it: (n: number) => (n === 1 ? 'Resta 1 posto' : `Restano ${n} posti`), en: (n: number) => (n === 1 ? '1 seat left' : `${n} seats left`) }
const text = {
  it: { name: 'Nome e cognome', email: 'E-mail', people: 'Persone', consent: /informativa privacy/, submit: 'Iscriviti', confirmed: 'Sei iscritto', cancel: "Sì, annulla l'iscrizione", cancelled: 'La tua iscrizione è annullata', emailError: 'Scrivi un indirizzo e-mail valido' },
  en: { name: 'Full name', email: 'E-mail', people: 'People', consent: /privacy notice/, submit: 'Register', confirmed: 'You are registered', cancel: 'Yes, cancel the registration', cancelled: 'Your registration is cancelled', emailError: 'Write a valid e-mail address' },
}

async function write(method: 'post' | 'patch', path: string, data: Record<string, unknown>) {
  const response = await staff[method](path, { data })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
  const start = new Date(Date.now() + 20 * 86_400_000).toISOString()
  const it = await write('post', '/api/events?locale=it', {
    title: `Laboratorio iscrizioni ${stamp}`,
    slug: '',
    start,
    start_tz: 'Europe/Rome',
    status: 'scheduled',
    venue: { name: 'Warehouse', address: 'Via Roma 1', city: 'Perugia' },
    registration: { enabled: true, capacity: 10, maxPeople: 3, waitlist: true },
    _status: 'published',
  })
  eventId = it.id
  const en = await write('patch', `/api/events/${eventId}?locale=en`, { title: `Registration workshop ${stamp}`, _status: 'published' })
  paths.it = `/it/eventi/${it.slug}`
  paths.en = `/en/events/${en.slug}`
})

test.afterAll(async () => {
  await staff.delete(`/api/events/${eventId}`)
  await staff.dispose()
})

async function visitor(browser: Browser, locale: 'it' | 'en', javaScriptEnabled: boolean): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled, locale: locale === 'it' ? 'it-IT' : 'en-GB' })
  return context.newPage()
}

/** The seats the page says are left, reloading until the cached page has been expired. */
async function expectSeats(page: Page, locale: 'it' | 'en', seats: number) {
  await expect
    .poll(async () => {
      await page.goto(paths[locale])
      return page.locator('#registration [data-state]').textContent()
    })
    .toBe(seatsText[locale](seats))
}

async function seatsNow(page: Page, locale: 'it' | 'en') {
  await page.goto(paths[locale])
  const line = (await page.locator('#registration [data-state]').textContent()) ?? ''
  return Number(/\d+/.exec(line)?.[0])
}

async function cancelLinkFor(email: string) {
  const response = await staff.get(`/api/registrations?where[email][equals]=${encodeURIComponent(email)}&depth=0`)
  const { docs } = (await response.json()) as { docs: { id: number; createdAt: string }[] }
  expect(docs).toHaveLength(1)
  return docs[0]
}

for (const locale of ['it', 'en'] as const) {
  for (const javaScriptEnabled of [false, true]) {
    test(`${locale}, JavaScript ${javaScriptEnabled ? 'on' : 'off'}: register, see the seats go down, cancel by link`, async ({ browser }) => {
      const page = await visitor(browser, locale, javaScriptEnabled)
      const t = text[locale]
      const before = await seatsNow(page, locale)
      const email = `visitor-${locale}-${javaScriptEnabled ? 'js' : 'nojs'}-${stamp}@example.com`

      // A mistake first: the error sits next to its field and what was typed stays.
      await page.getByLabel(t.name).fill('Ada Lovelace')
      await page.getByLabel(t.email).fill('not-an-address')
      await page.getByLabel(t.consent).check()
      await page.locator('#registration form').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''))
      await page.getByRole('button', { name: t.submit, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/registration/form\\?event=${eventId}$`))
      await expect(page.locator('#registration-email-error')).toContainText(t.emailError)
      await expect(page.getByLabel(t.email)).toHaveAttribute('aria-invalid', 'true')
      await expect(page.getByLabel(t.name)).toHaveValue('Ada Lovelace')
      await expect(page.getByLabel(t.email)).toHaveValue('not-an-address')

      await page.getByLabel(t.email).fill(email)
      await page.getByLabel(t.people).fill('2')
      await page.getByLabel(t.consent).check()
      await page.getByRole('button', { name: t.submit, exact: true }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/registration/confirmed\\?event=${eventId}$`))
      await expect(page.getByRole('status')).toContainText(t.confirmed)

      await expectSeats(page, locale, before - 2)

      const registration = await cancelLinkFor(email)
      const token = cancelToken(registration, E2E_PAYLOAD_SECRET)
      await page.goto(`/${locale}/registration/cancel?t=${encodeURIComponent(token)}`)
      await page.getByRole('button', { name: t.cancel }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/registration/cancelled\\?event=${eventId}$`))
      await expect(page.getByRole('status')).toContainText(t.cancelled)

      await expectSeats(page, locale, before)
      // The link did its one job.
      const again = await page.request.post(`/${locale}/registration/cancellation`, { form: { t: token } , maxRedirects: 0 })
      expect(again.status()).toBe(303)
      expect(again.headers().location).toContain('/registration/already')
      await page.context().close()
    })
  }
}

test('a forged cancel link is refused in the visitor’s language', async ({ request }) => {
  const response = await request.post('/en/registration/cancellation', { form: { t: `1.${'A'.repeat(43)}` }, maxRedirects: 0 })
  expect(response.status()).toBe(400)
  expect(await response.text()).toContain('This cancel link is not valid')
})

test('the event page stays cacheable and carries an offer in its JSON-LD', async ({ request }) => {
  const response = await request.get(paths.en, { headers: { cookie: 'NEXT_LOCALE=en' } })
  expect(response.headers()['set-cookie']).toBeUndefined()
  expect(response.headers()['cache-control']).not.toMatch(/no-store|private/)
  const html = await response.text()
  const data = JSON.parse(/<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/s.exec(html)![1]) as { offers?: { availability: string }; remainingAttendeeCapacity?: number }
  expect(data.offers?.availability).toBe('https://schema.org/InStock')
  expect(typeof data.remainingAttendeeCapacity).toBe('number')
})

test('staff export the registrations as CSV; visitors cannot', async ({ request }) => {
  expect((await request.get(`/api/registrations/export.csv?event=${eventId}`)).status()).toBe(403)
  expect((await request.get('/api/registrations')).status()).toBe(403)
  const csv = await staff.get(`/api/registrations/export.csv?event=${eventId}`)
  expect(csv.ok()).toBe(true)
  expect(csv.headers()['content-type']).toContain('text/csv')
  expect(await csv.text()).toContain('"event_id","event"')
})

for (const locale of ['it', 'en'] as const) {
  for (const width of [360, 1280]) {
    test(`the event page with its form fits ${width} px (${locale}), and so does the form with an error`, async ({ browser }) => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: locale === 'it' ? 'it-IT' : 'en-GB' })
      const page = await context.newPage()
      await page.goto(paths[locale])
      await page.screenshot({ path: `.ci-artifacts/screenshots/registration-event-${locale}-${width}.png`, fullPage: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      await page.locator('#registration form').evaluate((form: HTMLFormElement) => form.setAttribute('novalidate', ''))
      await page.getByLabel(text[locale].name).fill('Ada')
      await page.getByRole('button', { name: text[locale].submit, exact: true }).click()
      await expect(page.locator('#registration-email-error')).toBeVisible()
      await page.screenshot({ path: `.ci-artifacts/screenshots/registration-form-error-${locale}-${width}.png`, fullPage: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      await context.close()
    })
  }
}

test('the partner widget and the JSON feed say whether registration is open', async ({ request }) => {
  const spaces = await staff.get('/api/spaces?where[slug][equals]=lofoio&depth=0&locale=it')
  const space = ((await spaces.json()) as { docs: { id: number }[] }).docs[0]
  await write('patch', `/api/events/${eventId}?locale=it`, { host: space.id, _status: 'published' })
  await expect
    .poll(async () => {
      const json = (await (await request.get('/en/calendar/spaces/lofoio.json')).json()) as { events: { id: number; registration: { open: boolean; state: string } | null }[] }
      return json.events.find((e) => e.id === eventId)?.registration
    })
    .toMatchObject({ open: true, state: 'open' })
  const widget = await request.get('/it/embed/lofoio')
  expect(await widget.text()).toMatch(/data-registration="open"[^>]*>Rest(a|ano) \d+ post/)
})

test('staff see the counts in the event and its registrations in the list', async ({ browser, request }) => {
  const email = `admin-view-${stamp}@example.com`
  const posted = await request.post('/en/registration', { form: { event: String(eventId), name: 'Grace Hopper', email, people: '3', consent: 'on' }, maxRedirects: 0 })
  expect(posted.headers().location).toContain('/en/registration/confirmed')
  const page = await editorInAdmin(browser, 'en')
  await page.goto(`/admin/collections/events/${eventId}`)
  const counts = page.locator('[data-registration-counts]')
  await expect(counts.locator('[data-confirmed]')).toHaveText(/^\d+ \/ 10$/)
  await counts.getByRole('link', { name: 'See the registrations' }).click()
  await expect(page.getByRole('link', { name: 'Grace Hopper' })).toBeVisible()
  await expect(page.getByRole('link', { name: `Export as CSV (event ${eventId})` })).toBeVisible()
  await page.context().close()
})
