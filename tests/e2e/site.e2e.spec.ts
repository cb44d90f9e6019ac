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
