import { expect, type Page, test } from '@playwright/test'
import { logIn } from './setup/adminSession'
import { scheduleAtNextMinute } from './setup/scheduling'

/**
 * The editor's day in the real admin, in Italian: write, preview (also live), publish Italian
 * only, translate with "copy to locale", publish English, schedule an unpublish, restore a version.
 * Visitors (the `request` fixture, no session) see each language exactly as it was published.
 */
test.use({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
// A scheduled unpublish is due at the next whole minute, and the app looks for it every 5 s.
test.setTimeout(240_000)

/** The latest draft of the post, read by the logged-in editor's browser. */
async function draftOf(page: Page, id: string, locale: 'it' | 'en') {
  return page.evaluate(
    async ([id, locale]) => (await fetch(`/api/posts/${id}?locale=${locale}&draft=true&depth=0`)).json(),
    [id, locale] as const,
  ) as Promise<{ title?: string; excerpt?: string; coverImage?: number | null; content?: unknown }>
}

/** Publishes the language being edited and waits for the server's answer to that publish. */
async function publishIn(page: Page, language: string) {
  const published = page.waitForResponse((response) => response.url().includes('publishSpecificLocale=') && response.ok())
  await page.getByRole('button', { name: `Pubblica in ${language}` }).click()
  await published
}

test('an editor writes, previews, publishes per language, schedules and restores', async ({ page, context, request }) => {
  const stamp = Date.now().toString(36)
  const italianTitle = `Mostra fotografica in Factory ${stamp}`
  const englishTitle = `Photography show at the Factory ${stamp}`
  const italianText = 'Le fotografie dei coworker, appese in sala grande.'
  const englishText = 'Photographs by our coworkers, in the main hall.'
  const editor = page.locator('[data-lexical-editor="true"]')
  let id = ''
  let italianSlug = ''
  let englishSlug = ''

  await test.step('write an Italian post with a cover image', async () => {
    await logIn(page)
    await page.goto('/admin/collections/posts/create?locale=it')
    await page.locator('#field-title').fill(italianTitle)
    await page.locator('#field-excerpt').fill('Una settimana di fotografie.')
    await editor.click()
    await editor.pressSequentially(italianText)
    await page.getByRole('button', { name: 'Scegli tra esistente' }).first().click()
    await page.locator('.list-drawer tbody tr').first().getByRole('button').first().click()
    await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
    id = /posts\/(\d+)/.exec(page.url())?.[1] ?? ''
    // Autosave (every 2 s) keeps the draft.
    await expect.poll(async () => draftOf(page, id, 'it')).toMatchObject({ title: italianTitle, coverImage: expect.any(Number) })
    expect(JSON.stringify((await draftOf(page, id, 'it')).content)).toContain(italianText)
  })

  await test.step('preview it, then leave the preview for the public version', async () => {
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByLabel('Anteprima', { exact: true }).click()])
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(italianTitle)
    await expect(preview.getByText(italianText)).toBeVisible()
    await expect(preview.getByRole('status')).toContainText('Anteprima')
    await preview.getByRole('link', { name: "Esci dall'anteprima" }).click()
    await expect(preview.getByRole('link', { name: "Esci dall'anteprima" })).toHaveCount(0)
    await expect(preview.getByRole('heading', { level: 1 })).not.toHaveText(italianTitle)
    await preview.close()
  })

  await test.step('the live preview follows the typing', async () => {
    await page.getByLabel('Anteprima dal vivo').click()
    const frame = page.frameLocator('iframe')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(italianTitle)
    await page.locator('#field-excerpt').fill('Una settimana di fotografie, aperta a tutti.')
    await expect(frame.getByText('Una settimana di fotografie, aperta a tutti.')).toBeVisible({ timeout: 15_000 })
    await page.getByLabel("Esci dall'Anteprima dal Vivo").click()
  })

  await test.step('publish Italian only: the Italian page is there, the English one is not', async () => {
    await publishIn(page, 'Italiano')
    italianSlug = ((await (await request.get(`/api/posts/${id}?locale=it`)).json()) as { slug: string }).slug
    const italianPage = await request.get(`/it/blog/${italianSlug}`)
    expect(italianPage.status()).toBe(200)
    expect(await italianPage.text()).toContain(italianTitle)
    expect((await request.get(`/api/posts/${id}?locale=en`)).status()).toBe(404)
    expect((await request.get(`/en/blog/${italianSlug}`)).status()).toBe(404)
    expect(await (await request.get('/en/blog')).text()).not.toContain(italianTitle)
  })

  await test.step('copy the Italian into English: title and rich text come along', async () => {
    await page.locator('.doc-controls__dots').click()
    await page.getByRole('button', { name: 'Copia in locale' }).click()
    await page.locator('#field-toLocale').click()
    await page.getByRole('option', { name: 'English' }).click()
    await page.getByRole('button', { name: 'Copia', exact: true }).click()
    await expect(page).toHaveURL(/locale=en/)
    await expect(page.locator('#field-title')).toHaveValue(italianTitle)
    await expect(editor).toContainText(italianText)
  })

  await test.step('translate, publish English: both pages are right on the next request', async () => {
    await page.locator('#field-title').fill(englishTitle)
    await page.locator('#field-excerpt').fill('A week of photographs.')
    await editor.click()
    await page.keyboard.press('ControlOrMeta+A')
    await editor.pressSequentially(englishText)
    await expect.poll(async () => JSON.stringify(await draftOf(page, id, 'en'))).toContain(englishText)
    await publishIn(page, 'English')

    const english = (await (await request.get(`/api/posts/${id}?locale=en`)).json()) as { slug: string; title: string }
    englishSlug = english.slug
    expect(english.title).toBe(englishTitle)
    expect(englishSlug).toMatch(/^photography-show-at-the-factory/)
    const englishPage = await (await request.get(`/en/blog/${englishSlug}`)).text()
    expect(englishPage).toContain(englishTitle)
    expect(englishPage).toContain(englishText)
    const italianPage = await (await request.get(`/it/blog/${italianSlug}`)).text()
    expect(italianPage).toContain(italianTitle)
    // The switcher leads to the English post through /next/language, which remembers the choice.
    expect(italianPage).toContain(`href="/next/language?${new URLSearchParams({ to: `/en/blog/${englishSlug}` })}"`)
  })

  await test.step('deleting a published post asks first', async () => {
    await page.locator('.doc-controls__dots').click()
    await page.getByRole('button', { name: 'Elimina' }).click()
    await expect(page.getByText(/Stai per eliminare/)).toBeVisible()
    await page.getByRole('button', { name: 'Cancella', exact: true }).click()
    expect((await request.get(`/api/posts/${id}?locale=it`)).status()).toBe(200)
  })

  await test.step('schedule an unpublish and see it happen', async () => {
    const at = await scheduleAtNextMinute(page, 'unpublish')
    expect((await request.get(`/en/blog/${englishSlug}`)).status()).toBe(200)
    await expect
      .poll(async () => (await request.get(`/en/blog/${englishSlug}`)).status(), { timeout: at.getTime() - Date.now() + 60_000, intervals: [2_000] })
      .toBe(404)
    expect((await request.get(`/it/blog/${italianSlug}`)).status()).toBe(404)
  })

  await test.step('restore an older version', async () => {
    await page.goto(`/admin/collections/posts/${id}?locale=it`)
    await page.locator('#field-title').fill(`${italianTitle} (da scartare)`)
    await expect.poll(async () => (await draftOf(page, id, 'it')).title).toBe(`${italianTitle} (da scartare)`)
    await page.goto(`/admin/collections/posts/${id}/versions?locale=it`)
    // Newest first: the autosaved change, then the version before it.
    await page.locator('table tbody tr').nth(1).getByRole('link').first().click()
    await page.getByRole('button', { name: 'Ripristina questa versione' }).click()
    await page.getByRole('button', { name: 'Conferma' }).click()
    await expect(page).toHaveURL(new RegExp(`/admin/collections/posts/${id}(\\?|$)`))
    await expect(page.locator('#field-title')).toHaveValue(italianTitle)
  })
})
