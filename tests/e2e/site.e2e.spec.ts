import { expect, test } from '@playwright/test'

test.describe('public site shell', () => {
  for (const locale of ['it', 'en'] as const) {
    test(`/${locale} answers in its language`, async ({ page }) => {
      const response = await page.goto(`/${locale}`)
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    })
  }

  test('an unknown path is a localized 404', async ({ page }) => {
    const response = await page.goto('/en/no-such-page')
    expect(response?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toBeVisible()
  })

  test('/ picks Italian for an Italian browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/it$/)
    await context.close()
  })
})

test('the home page links to the other language', async ({ page }) => {
  await page.goto('/it')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en$/)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await page.getByRole('link', { name: 'Italiano' }).click()
  await expect(page).toHaveURL(/\/it$/)
})

test.describe('locale cookie and localized path names', () => {
  test('/ follows the locale cookie before the browser language', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' })
    await context.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: test.info().project.use.baseURL as string }])
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })

  test('/ picks English for an English browser without a cookie', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })

  test('choosing a language in the switcher remembers it for /', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' })
    const page = await context.newPage()
    await page.goto('/it/eventi')
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/events$/)
    await page.goto('/')
    await expect(page).toHaveURL(/\/en$/)
    await context.close()
  })

  test('reading a page sets no cookie, first visit or returning, so shared caches may keep it', async ({ request }) => {
    for (const cookie of ['', 'NEXT_LOCALE=it', 'NEXT_LOCALE=en']) {
      const response = await request.get('/it/eventi', { headers: { cookie } })
      expect(response.status()).toBe(200)
      expect(await response.text()).toMatch(/<html[^>]* lang="it"/)
      expect(response.headers()['set-cookie']).toBeUndefined()
      expect(response.headers()['critical-ch']).toBeUndefined()
      expect(response.headers()['cache-control']).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/)
      expect(response.headers()['xkey']).toContain('cms:events')
    }
  })

  test('the language link refuses a target outside the site', async ({ request }) => {
    for (const to of ['//evil.example/it', 'https://evil.example/it', '/fr/x', '/it\\x', '', '/it%0d%0aSet-Cookie:x=1']) {
      const response = await request.get(`/next/language?to=${encodeURIComponent(to)}`, { maxRedirects: 0 })
      expect(response.status(), to).toBe(400)
      expect(response.headers()['set-cookie'], to).toBeUndefined()
    }
    const ok = await request.get(`/next/language?to=${encodeURIComponent('/en/events')}`, { maxRedirects: 0 })
    expect(ok.status()).toBe(303)
    expect(ok.headers().location).toBe('/en/events')
    expect(ok.headers()['set-cookie']).toContain('NEXT_LOCALE=en')
  })

  for (const [from, to] of [
    ['/it/events', '/it/eventi'],
    ['/en/eventi', '/en/events'],
    ['/it/spaces', '/it/spazi'],
  ]) {
    test(`${from} redirects to ${to}, with or without a cookie`, async ({ request }) => {
      for (const cookie of ['', `NEXT_LOCALE=${from.slice(1, 3)}`]) {
        const response = await request.get(from, { headers: { cookie }, maxRedirects: 0 })
        expect([307, 308]).toContain(response.status())
        expect(new URL(response.headers().location, 'http://x').pathname).toBe(to)
      }
    })
  }
})
