import { mkdirSync } from 'node:fs'
import { TZDate } from '@date-fns/tz'
import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test } from '@playwright/test'
import { format } from 'date-fns'
import { enUS, it as italianDates } from 'date-fns/locale'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { editorInAdmin } from './setup/adminSession'

/** Screenshots to look at, outside the repository. */
const shots = process.env.E2E_SHOTS ?? '/tmp/issue17-shots'
mkdirSync(shots, { recursive: true })
// The admin's pages are heavy: on a busy machine one test's several pages take well over a minute.
test.setTimeout(180_000)

type Language = 'it' | 'en'
const dateLocales = { it: italianDates, en: enUS }
/** "24 nov 2026, 08:30" / "Nov 24, 2026, 08:30": the 24-hour clock, in Rome. */
const romeDate = (iso: string, language: Language) => format(new TZDate(iso, 'Europe/Rome'), 'PP, HH:mm', { locale: dateLocales[language] })


async function demoPostId(page: Page): Promise<number> {
  const response = await page.request.get(`/api/posts?where[slug][equals]=${collaboratorioPost.it.slug}&locale=it&depth=0`)
  return ((await response.json()) as { docs: { id: number }[] }).docs[0].id
}

async function seriousViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
}

test('the author field and the byline show the name of the colleague who wrote the post', async ({ browser }) => {
  const page = await editorInAdmin(browser, 'it')
  await page.goto(`/admin/collections/posts/${await demoPostId(page)}?locale=it`)
  const author = page.locator('#field-author')
  await expect(author).toContainText('Demo Admin', { timeout: 30_000 })
  await expect(author).not.toContainText('Senza titolo')
  await author.scrollIntoViewIfNeeded()
  await page.screenshot({ path: `${shots}/author-field-it.png` })

  await page.goto(`/it/blog/${collaboratorioPost.it.slug}`)
  await expect(page.getByText('di Demo Admin')).toBeVisible()
  await page.context().close()
})

for (const language of ['it', 'en'] as const) {
  test(`dates read in the 24-hour clock, in Rome, in the ${language} admin`, async ({ browser }) => {
    const page = await editorInAdmin(browser, language)
    const id = await demoPostId(page)
    // As the admin's own fetches do: Payload reads the session cookie only on a same-origin request.
    const post = (await (await page.request.get(`/api/posts/${id}?locale=it&depth=0`, { headers: { 'sec-fetch-site': 'same-origin' } })).json()) as {
      publishedAt: string
      translation: { updatedAt: string }
    }

    await page.goto('/admin/collections/posts?limit=50')
    const row = page.locator('tr', { hasText: collaboratorioPost.it.title.slice(0, 30) }).first()
    await expect(row.locator('.cell-publishedAt')).toHaveText(romeDate(post.publishedAt, language), { timeout: 30_000 })
    await expect(page.locator('table')).not.toContainText(/\b(AM|PM)\b/)
    await page.screenshot({ path: `${shots}/list-dates-${language}.png` })

    await page.goto(`/admin/collections/posts/${id}?locale=it`)
    await expect(page.locator('[data-translation-state] [data-state="updatedAt"]')).toHaveText(romeDate(post.translation.updatedAt, language), {
      timeout: 30_000,
    })
    await expect(page.locator('#field-publishedAt input')).toHaveValue(romeDate(post.publishedAt, language), { timeout: 30_000 })

    // The schedule drawer's list of times: 00:00 … 23:55.
    await page.locator('#action-save-popup').getByRole('button').click()
    await page.getByRole('button', { name: language === 'it' ? 'Pubblicazione Programmata' : 'Schedule Publish' }).click()
    await page.locator('#time input').click()
    const times = page.locator('.react-datepicker__time-list-item')
    await expect(times.first()).toHaveText('00:00')
    await expect(page.locator('.react-datepicker__time-list')).toContainText('13:00')
    await expect(page.locator('.react-datepicker__time-list')).not.toContainText(/AM|PM/)
    await page.screenshot({ path: `${shots}/schedule-drawer-${language}.png` })
    await page.context().close()
  })
}

test('the translation state is shown as status, with nothing to edit', async ({ browser }) => {
  const page = await editorInAdmin(browser, 'it')
  await page.goto(`/admin/collections/posts/${await demoPostId(page)}?locale=en`)
  const state = page.getByRole('group', { name: 'Traduzione' })
  await expect(state).toBeVisible({ timeout: 30_000 })
  await expect(state.locator('input, textarea, select, [contenteditable="true"], button')).toHaveCount(0)
  await expect(state.locator('[data-state="exists"]')).toHaveText('Sì')
  await expect(state).toContainText('Campi mancanti')
  await state.scrollIntoViewIfNeeded()
  await state.screenshot({ path: `${shots}/translation-state-it.png` })
  await page.context().close()
})

for (const language of ['it', 'en'] as const) {
  test(`axe finds no serious violation on the dashboard, a list and an edit view (${language} admin)`, async ({ browser }) => {
    const page = await editorInAdmin(browser, language)
    const views = { dashboard: '/admin', list: '/admin/collections/posts', edit: `/admin/collections/posts/${await demoPostId(page)}?locale=it` }
    for (const [view, path] of Object.entries(views)) {
      await page.goto(path)
      await page.locator('.template-default').first().waitFor()
      await page.waitForLoadState('networkidle')
      // src/admin/AccessibleNames names Payload's controls on the next frame.
      await page.waitForTimeout(500)
      await page.screenshot({ path: `${shots}/${view}-${language}.png`, fullPage: true })
      expect(await seriousViolations(page), `${view} (${language})`).toEqual([])
    }
    // The dashboard's "create new" buttons are named after their collection, in the admin's language.
    await page.goto('/admin')
    const createPost = page.locator('#card-posts').getByRole('link', { name: language === 'it' ? /Articoli/ : /Posts/ })
    await expect(createPost.last()).toBeVisible()
    await expect(page.locator('[aria-label*="[object"]')).toHaveCount(0)
    await page.context().close()
  })
}
