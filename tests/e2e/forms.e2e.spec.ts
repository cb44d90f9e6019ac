import AxeBuilder from '@axe-core/playwright'
import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { editorInAdmin } from './setup/adminSession'
import { demoPages } from './setup/demoPages'
import { staffRequest } from './setup/staffRequest'

// The contact form, as a visitor sends it with and without JavaScript, in both languages.
const text = {
  it: { name: 'Nome e cognome', email: 'E-mail', interest: 'Ti interessa', option: 'Una visita allo spazio', message: 'Messaggio', consent: 'Ho letto', send: 'Invia la richiesta', sent: 'Messaggio inviato, grazie!', badEmail: 'Scrivi un indirizzo e-mail valido', noConsent: 'Per inviare il modulo serve il tuo consenso.' },
  en: { name: 'Full name', email: 'E-mail', interest: 'You are interested in', option: 'A visit to the space', message: 'Message', consent: 'I have read', send: 'Send your request', sent: 'Message sent, thank you!', badEmail: 'Enter a valid e-mail address', noConsent: 'We need your consent to send the form.' },
} as const

type Locale = keyof typeof text

let staff: APIRequestContext
test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
})
test.afterAll(() => staff.dispose())

async function statusesOf(email: string): Promise<string[]> {
  const response = await staff.get(`/api/form-submissions?where[submissionData.value][equals]=${encodeURIComponent(email)}&depth=0`)
  expect(response.status()).toBe(200)
  return ((await response.json()) as { docs: { status: string }[] }).docs.map((doc) => doc.status)
}

async function fill(page: Page, locale: Locale, email: string, consent = true) {
  const t = text[locale]
  await page.getByLabel(t.name).fill('Ada Lovelace')
  await page.getByLabel(t.email, { exact: true }).fill(email)
  await page.getByLabel(t.interest).selectOption({ label: t.option })
  await page.getByLabel(t.message).fill('Vorrei vedere lo spazio.\nA presto!')
  if (consent) await page.getByRole('checkbox', { name: new RegExp(t.consent) }).check()
  // A person takes longer than the form's minimum fill time (3 s) from the page being shown.
  await page.waitForTimeout(3_200)
}

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
    test.use({ javaScriptEnabled })

    for (const locale of ['it', 'en'] as const) {
      const t = text[locale]
      test(`a visitor sends the contact form and sees the thank-you (${locale})`, async ({ page }) => {
        const email = `ada.${locale}.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`
        await page.goto(demoPages.contact[locale])
        await fill(page, locale, email)
        await page.getByRole('button', { name: t.send }).click()
        await expect(page).toHaveURL(new RegExp(`${demoPages.contact[locale]}#form-\\d+-sent$`))
        await expect(page.getByText(t.sent)).toBeVisible()
        await expect(page.getByRole('button', { name: t.send })).toBeHidden()
        expect(await statusesOf(email)).toEqual(['new'])
      })

      test(`a bad e-mail and a missing consent come back with errors and nothing typed lost (${locale})`, async ({ page }) => {
        const email = `ada.fix.${locale}.${javaScriptEnabled ? 'js' : 'nojs'}@example.org`
        await page.goto(demoPages.contact[locale])
        await fill(page, locale, 'ada-at-example', false)
        await page.getByRole('button', { name: t.send }).click()
        await expect(page).toHaveURL(new RegExp(`${demoPages.contact[locale]}/form\\?draft=`))
        const emailField = page.getByLabel(t.email, { exact: true })
        await expect(emailField).toHaveValue('ada-at-example')
        await expect(emailField).toHaveAttribute('aria-invalid', 'true')
        await expect(emailField).toHaveAccessibleDescription(new RegExp(t.badEmail))
        await expect(page.getByRole('checkbox', { name: new RegExp(t.consent) })).toHaveAccessibleDescription(t.noConsent)
        await expect(page.getByLabel(t.name)).toHaveValue('Ada Lovelace')
        await expect(page.getByLabel(t.message)).toHaveValue('Vorrei vedere lo spazio.\nA presto!')
        await expect(page.getByLabel(t.interest)).toHaveValue('visit')
        await expect(page.getByRole('alert').filter({ hasText: t.badEmail })).toBeVisible()

        await emailField.fill(email)
        await page.getByRole('checkbox', { name: new RegExp(t.consent) }).check()
        await page.waitForTimeout(3_200)
        await page.getByRole('button', { name: t.send }).click()
        await expect(page.getByText(t.sent)).toBeVisible()
        expect(await statusesOf(email)).toEqual(['new'])
      })
    }
  })
}

test('a filled honeypot and a too-fast form are stored as spam, and the sender is thanked all the same', async ({ page, request }) => {
  await page.goto(demoPages.contact.en)
  const form = page.locator('form[method="post"]')
  const hidden = Object.fromEntries(
    await form.locator('input[type="hidden"]').evaluateAll((inputs) => inputs.map((input) => [(input as HTMLInputElement).name, (input as HTMLInputElement).value])),
  ) as Record<string, string>
  const body = (email: string, extra: Record<string, string>) =>
    new URLSearchParams({ ...hidden, name: 'Bot', email, interest: 'other', message: 'Buy now', consent: 'true', ...extra }).toString()
  const post = (data: string) => request.post('/next/form/en', { data, headers: { 'content-type': 'application/x-www-form-urlencoded' }, maxRedirects: 0 })

  await page.waitForTimeout(3_200)
  const trapped = await post(body('bot.trap@example.org', { website_url: 'https://spam.example' }))
  expect(trapped.status()).toBe(303)
  expect(trapped.headers().location).toMatch(/^\/en\/contact#form-\d+-sent$/)

  const fresh = await (await request.get('/next/form/stamp')).text()
  const fast = await post(body('bot.fast@example.org', { _t: fresh }))
  expect(fast.status()).toBe(303)

  expect(await statusesOf('bot.trap@example.org')).toEqual(['spam'])
  expect(await statusesOf('bot.fast@example.org')).toEqual(['spam'])
})

test('the form route refuses what no browser sends with a 4xx in the page’s language', async ({ request }) => {
  const post = (path: string, data: string | Buffer, type = 'application/x-www-form-urlencoded') =>
    request.post(path, { data, headers: { 'content-type': type }, maxRedirects: 0 })
  const tooMany = 'x'.repeat(70 * 1024)
  expect((await post('/next/form/it', `_form=1&_page=contatti&message=${tooMany}`)).status()).toBe(413)
  const bad = await post('/next/form/it', '_form=1&_page=contatti&name=a%00b')
  expect(bad.status()).toBe(400)
  expect(await bad.text()).toContain('Modulo non valido')
  expect((await post('/next/form/en', '_form=1&_form=2&_page=contact')).status()).toBe(400)
  expect((await post('/next/form/en', '_form=1&_page=contact&name=%ff')).status()).toBe(400)
  expect((await post('/next/form/en', '{"_form":1}', 'application/json')).status()).toBe(415)
  expect((await post('/next/form/en', '_form=999999&_page=contact')).status()).toBe(404)
  expect((await post('/next/form/xx', '_form=1&_page=contact')).status()).toBe(404)
  expect((await request.get('/next/form/en')).status()).toBe(405)
})

test('a page built from every block, the form included, renders and passes axe', async ({ page }) => {
  const media = (await (await staff.get('/api/media?limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const forms = (await (await staff.get('/api/forms?limit=1&depth=0')).json()) as { docs: { id: number }[] }
  const paragraph = (words: string) => ({ type: 'paragraph', version: 1, children: [{ type: 'text', text: words, version: 1 }] })
  const layout = [
    { blockType: 'hero', heading: 'Every block', text: 'A page that has them all.', image: media.docs[0].id, linkLabel: 'Book a visit', linkHref: '/en/contact' },
    { blockType: 'richText', content: { root: { type: 'root', version: 1, children: [paragraph('Some text between the blocks.')] } } },
    { blockType: 'image', image: media.docs[0].id, caption: 'The space' },
    { blockType: 'callToAction', heading: 'Come and see', text: 'The first day is free.', linkLabel: 'Plans', linkHref: '/en/plans-and-prices' },
    { blockType: 'plans', heading: 'Prices', plans: [{ name: 'Day', price: 15, period: 'day', included: [{ item: 'Wi-Fi' }], linkLabel: 'Ask', linkHref: '/en/contact' }] },
    { blockType: 'faq', heading: 'Questions', items: [{ question: 'Can I try?', answer: 'Yes.' }] },
    { blockType: 'form', heading: 'Write to us', intro: 'We answer within a day.', form: forms.docs[0].id },
  ]
  const slug = `every-block-${Date.now()}`
  const created = await staff.post('/api/pages?locale=en', { data: { title: 'Every block', slug, _status: 'published', layout } })
  expect(created.status(), await created.text()).toBe(201)
  await page.goto(`/en/${slug}`)
  await expect(page.getByRole('heading', { level: 1, name: 'Every block' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 2, name: 'Write to us' })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Send your request' })).toBeVisible()
  await expect(page.locator('details summary', { hasText: 'Can I try?' })).toBeVisible()
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze()
  expect(violations.map((v) => `${v.impact} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
})

// The contact page, its errors view and its thank-you, on a phone and a desktop, for a person to look at.
for (const locale of ['it', 'en'] as const) {
  test(`screenshots of the contact form at 360 px and on a desktop (${locale})`, async ({ page }) => {
    const t = text[locale]
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: width === 360 ? 740 : 900 })
      await page.goto(demoPages.contact[locale])
      await page.screenshot({ path: `.ci-artifacts/screenshots/contact-form-${locale}-${width}.png`, fullPage: true })
      expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
    }
    await page.getByLabel(t.email, { exact: true }).fill('nobody')
    await page.getByRole('button', { name: t.send }).click()
    await expect(page).toHaveURL(/\/form\?draft=/)
    await expect(page.getByRole('alert').filter({ hasText: t.badEmail })).toBeVisible()
    await page.screenshot({ path: `.ci-artifacts/screenshots/contact-form-${locale}-errors-1280.png`, fullPage: true })
    await page.setViewportSize({ width: 360, height: 740 })
    await page.screenshot({ path: `.ci-artifacts/screenshots/contact-form-${locale}-errors-360.png`, fullPage: true })
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0)
  })
}

test('the staff list the submissions with their status, and a visitor cannot read them', async ({ browser, request }) => {
  expect((await request.get('/api/form-submissions')).status()).toBe(403)
  const page = await editorInAdmin(browser, 'it')
  await page.goto('/admin/collections/form-submissions')
  await expect(page.getByRole('heading', { name: 'Messaggi ricevuti' })).toBeVisible()
  const table = page.locator('table')
  await expect(table.getByRole('columnheader', { name: 'Stato' })).toBeVisible()
  await expect(table.getByRole('cell', { name: 'Spam', exact: true }).first()).toBeVisible()
  await expect(table.getByRole('cell', { name: 'Nuovo', exact: true }).first()).toBeVisible()
  await page.context().close()
})
