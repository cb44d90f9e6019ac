import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { demoAdmin, demoEditor } from './setup/demoAccounts'

type Account = { email: string; password: string }

async function apiAs(playwright: typeof import('@playwright/test').request, request: APIRequestContext, account: Account) {
  const login = await request.post('/api/users/login', { data: account })
  expect(login.ok()).toBe(true)
  const { token, user } = (await login.json()) as { token: string; user: { id: number } }
  const api = await playwright.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { Authorization: `JWT ${token}` },
  })
  return { api, userId: user.id }
}

async function logIn(page: Page, account: Account) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(account.email)
  await page.locator('input[name="password"]').fill(account.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test.describe('the translation dashboard, as an editor', () => {
  const stamp = Date.now().toString(36)
  const italianOnly = `Solo in italiano ${stamp}`
  const staleItalian = `Italiano riscritto ${stamp}`
  let italianOnlyId: number

  test.beforeAll(async ({ playwright, request }) => {
    const { api } = await apiAs(playwright.request, request, demoEditor)
    const created = await api.post('/api/posts?locale=it', { data: { title: italianOnly, excerpt: 'Da tradurre.', _status: 'published' } })
    expect(created.ok(), await created.text()).toBe(true)
    italianOnlyId = ((await created.json()) as { doc: { id: number } }).doc.id

    const bilingual = await api.post('/api/posts?locale=it', { data: { title: staleItalian, excerpt: 'Prima versione.', _status: 'published' } })
    const { id } = ((await bilingual.json()) as { doc: { id: number } }).doc
    expect((await api.patch(`/api/posts/${id}?locale=en`, { data: { title: `Rewritten Italian ${stamp}`, excerpt: 'First version.', _status: 'published' } })).ok()).toBe(true)
    // The Italian changes after the English was written: the English is now behind.
    expect((await api.patch(`/api/posts/${id}?locale=it`, { data: { excerpt: 'Seconda versione, più lunga.', _status: 'published' } })).ok()).toBe(true)
    await api.dispose()
  })

  test('the admin speaks Italian by default, even to an English browser', async ({ page }) => {
    await page.goto('/admin/login')
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    await expect(page.getByText(/password dimenticata/i)).toBeVisible()
    await expect(page.getByRole('img', { name: 'Warehouse Coworking Factory' }).first()).toBeVisible()
  })

  test('counts on the home, the list of work, and a link that opens the document in English', async ({ page }) => {
    await logIn(page, demoEditor)
    const counts = page.getByRole('region', { name: 'Traduzioni' })
    await expect(counts).toBeVisible()
    const missingEnglish = counts.locator('[data-count="missingEnglish"] strong')
    expect(Number(await missingEnglish.textContent())).toBeGreaterThanOrEqual(1)
    expect(Number(await counts.locator('[data-count="stale"] strong').textContent())).toBeGreaterThanOrEqual(1)
    await page.screenshot({ path: '.ci-artifacts/screenshots/admin-dashboard.png', fullPage: true })

    await expect(page.locator('#nav-translations')).toHaveAttribute('href', '/admin/translations')
    await counts.getByRole('link', { name: /Apri le traduzioni/ }).click()
    await expect(page).toHaveURL(/\/admin\/translations$/)
    await expect(page.getByRole('heading', { level: 1, name: 'Traduzioni da fare' })).toBeVisible()
    await expect(page.getByText(/Copia in locale/)).toBeVisible()
    const postsMissing = page.getByRole('group', { name: /Senza inglese/ }).first()
    await expect(postsMissing.getByRole('link', { name: italianOnly })).toBeVisible()
    await expect(page.getByRole('group', { name: /Inglese da aggiornare/ }).first().getByRole('link', { name: staleItalian })).toBeVisible()
    await page.screenshot({ path: '.ci-artifacts/screenshots/admin-translations.png', fullPage: true })

    await postsMissing.getByRole('link', { name: italianOnly }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/posts/${italianOnlyId}\\?locale=en`))
    await expect(page.locator('#field-title')).toHaveValue('')
  })

  test('lists show the languages of each post and filter the untranslated ones', async ({ page }) => {
    await logIn(page, demoEditor)
    await page.goto('/admin/collections/posts?locale=it')
    const row = page.locator('tr', { hasText: italianOnly })
    await expect(row.locator('[data-locale="it"][data-state="translated"]')).toBeVisible()
    await expect(row.locator('[data-locale="en"][data-state="missing"]')).toBeVisible()

    await page.locator('[data-filter="missing-en"]').click()
    await expect(page.locator('tr', { hasText: italianOnly })).toBeVisible()
    await expect(page.locator('tbody [data-locale="en"][data-state="translated"]')).toHaveCount(0)
  })

  test('the upcoming-events filter leaves out past events', async ({ page }) => {
    await logIn(page, demoEditor)
    await page.goto('/admin/collections/events?locale=it')
    const past = page.locator('tbody tr', { hasText: 'Fai la Cosa Giusta! Umbria' })
    await expect(past).toHaveCount(1)
    await page.locator('[data-filter="upcoming"]').click()
    await expect(page).toHaveURL(/where%5Bstart%5D%5Bgreater_than_equal%5D|where\[start\]\[greater_than_equal\]/)
    await expect(past).toHaveCount(0)
    await expect(page.locator('tbody tr').first()).toBeVisible()
  })

  test('an editor does not manage users and reads only their names; an admin does', async ({ page, playwright, request }) => {
    await logIn(page, demoEditor)
    await expect(page.getByRole('complementary')).toContainText('Articoli')
    await expect(page.getByRole('complementary')).not.toContainText('Utenti')
    await expect(page.locator('a[href="/admin/collections/users"]')).toHaveCount(0)

    const editor = await apiAs(playwright.request, request, demoEditor)
    const admin = await apiAs(playwright.request, request, demoAdmin)
    // Colleagues by name only: the editor reads no e-mail or role but their own.
    const listed = (await (await editor.api.get('/api/users?limit=100')).json()) as { docs: { id: number; email?: string; role?: string }[] }
    expect(listed.docs.map((user) => user.id)).toEqual(expect.arrayContaining([editor.userId, admin.userId]))
    expect(listed.docs.filter((user) => user.email || user.role).map((user) => user.id)).toEqual([editor.userId])
    const create = await editor.api.post('/api/users', { data: { email: `intruder-${stamp}@example.com`, password: 'password-12345', name: 'X', role: 'admin' } })
    expect(create.status()).toBe(403)

    const all = (await (await admin.api.get('/api/users?limit=100')).json()) as { docs: { id: number }[] }
    expect(all.docs.map((user) => user.id)).toEqual(expect.arrayContaining([editor.userId, admin.userId]))
    expect((await editor.api.patch(`/api/users/${admin.userId}`, { data: { name: 'Hacked' } })).ok()).toBe(false)
    expect((await editor.api.delete(`/api/users/${admin.userId}`)).ok()).toBe(false)
    await editor.api.dispose()
    await admin.api.dispose()
  })
})
