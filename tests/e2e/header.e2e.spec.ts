import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { demoPages } from './setup/demoPages'
import { staffRequest } from './setup/staffRequest'

const text = {
  it: { menu: 'Menu', main: 'Navigazione principale', cta: 'Prenota una visita', contact: demoPages.contact.it, contactTitle: 'Contatti', join: 'Vuoi partecipare? Scrivici' },
  en: { menu: 'Menu', main: 'Main navigation', cta: 'Book a visit', contact: demoPages.contact.en, contactTitle: 'Contact', join: 'Want to join? Write to us' },
} as const

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

const stamp = Date.now().toString(36)
let staff: APIRequestContext
let eventPaths: Record<'it' | 'en', string>
let eventId: number

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
  // An upcoming event without a registration link of its own.
  const data = { start: new Date(Date.now() + 30 * 86_400_000).toISOString(), start_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' }
  const it = await staff.post('/api/events?locale=it', { data: { ...data, title: `Laboratorio aperto ${stamp}`, slug: `laboratorio-${stamp}` } })
  expect(it.ok(), await it.text()).toBe(true)
  eventId = ((await it.json()) as { doc: { id: number } }).doc.id
  const en = await staff.patch(`/api/events/${eventId}?locale=en`, { data: { ...data, title: `Open workshop ${stamp}`, slug: `workshop-${stamp}` } })
  expect(en.ok(), await en.text()).toBe(true)
  eventPaths = { it: `/it/eventi/laboratorio-${stamp}`, en: `/en/events/workshop-${stamp}` }
})

test.afterAll(async () => {
  await staff.delete(`/api/events/${eventId}`)
  await staff.dispose()
})

for (const locale of ['it', 'en'] as const) {
  const t = text[locale]

  test.describe(`on a 360 × 800 phone (${locale})`, () => {
    test.use({ viewport: { width: 360, height: 800 } })

    test('the header is one row: the name and a Menu button that opens and closes by keyboard', async ({ page }) => {
      await page.goto(demoPages.home[locale])
      const header = page.locator('header').first()
      // A native <summary>: Chromium announces it as a button with its expanded state (Playwright's role engine has no role for it).
      const menu = page.locator('header summary')
      const details = page.locator('header details')
      const brand = header.getByRole('link').first()
      const [headerBox, menuBox, brandBox] = await Promise.all([header.boundingBox(), menu.boundingBox(), brand.boundingBox()])
      // One row: the name and the button side by side, the header no taller than the row plus its padding.
      expect(headerBox!.height).toBeLessThan(90)
      expect(Math.abs(menuBox!.y + menuBox!.height / 2 - (brandBox!.y + brandBox!.height / 2))).toBeLessThan(6)
      await expect(page.getByRole('navigation', { name: t.main })).toBeHidden()
      await expect(menu).toHaveText(t.menu)
      await expect(details).toHaveJSProperty('open', false)

      await menu.focus()
      await page.keyboard.press('Enter')
      await expect(details).toHaveJSProperty('open', true)
      const nav = page.getByRole('navigation', { name: t.main })
      await expect(nav).toBeVisible()
      await page.keyboard.press('Tab')
      await expect(nav.getByRole('link').first()).toBeFocused()
      await page.keyboard.press('Escape')
      await expect(details).toHaveJSProperty('open', false)
      await expect(menu).toBeFocused()
      await expect(nav).toBeHidden()
      await page.keyboard.press('Space')
      await expect(details).toHaveJSProperty('open', true)
      expect(await seriousViolations(page)).toEqual([])
      await page.screenshot({ path: `.ci-artifacts/screenshots/header-menu-${locale}-360.png` })
      await page.keyboard.press('Space')
      await expect(details).toHaveJSProperty('open', false)
    })

    test('Book a visit, in the menu, leads to the contact page', async ({ page }) => {
      await page.goto(demoPages.home[locale])
      await page.locator('header summary').click()
      await page.getByRole('link', { name: t.cta }).click()
      await expect(page).toHaveURL(new RegExp(`${t.contact}$`))
      await expect(page.getByRole('heading', { level: 1 })).toContainText(t.contactTitle)
      await expect(page.locator('header details')).toHaveJSProperty('open', false)
    })

    for (const kind of ['home', 'event', 'page'] as const) {
      test(`screenshot of the ${kind} page at 360 px`, async ({ page }) => {
        await page.goto(kind === 'home' ? demoPages.home[locale] : kind === 'event' ? eventPaths[locale] : demoPages.plans[locale])
        await page.screenshot({ path: `.ci-artifacts/screenshots/header-${kind}-${locale}-360.png`, fullPage: true })
        expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
      })
    }
  })

  test.describe(`on a desktop (${locale})`, () => {
    test('the links, the languages and Book a visit sit in the header, without a Menu button; axe passes', async ({ page }) => {
      await page.goto(demoPages.home[locale])
      await expect(page.locator('header summary')).toBeHidden()
      await expect(page.getByRole('navigation', { name: t.main })).toBeVisible()
      await page.screenshot({ path: `.ci-artifacts/screenshots/header-home-${locale}-desktop.png` })
      expect(await seriousViolations(page)).toEqual([])
      await page.getByRole('link', { name: t.cta }).click()
      await expect(page).toHaveURL(new RegExp(`${t.contact}$`))
    })

    test('an upcoming event without a registration link invites the visitor to write', async ({ page }) => {
      await page.goto(eventPaths[locale])
      await page.screenshot({ path: `.ci-artifacts/screenshots/header-event-${locale}-desktop.png`, fullPage: true })
      const join = page.getByRole('link', { name: t.join })
      await expect(join).toHaveAttribute('href', t.contact)
      // An event with its own registration link shows that one instead.
      const registration = await staff.patch(`/api/events/${eventId}?locale=${locale}`, { data: { registrationUrl: 'https://example.org/iscrizioni' } })
      expect(registration.ok()).toBe(true)
      await page.reload()
      await expect(page.getByRole('link', { name: t.join })).toHaveCount(0)
      await staff.patch(`/api/events/${eventId}?locale=${locale}`, { data: { registrationUrl: null } })
    })

    test('screenshot of a page on a desktop', async ({ page }) => {
      await page.goto(demoPages.plans[locale])
      await page.screenshot({ path: `.ci-artifacts/screenshots/header-page-${locale}-desktop.png`, fullPage: true })
    })
  })
}
