import { type Browser, expect, type Page, test } from '@playwright/test'
import { demoEditor } from './demoAccounts'

/** Logs the demo editor into the admin through its login form. */
export async function logIn(page: Page) {
  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(demoEditor.email)
  await page.locator('input[name="password"]').fill(demoEditor.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

/** Clicks the document's main publish button (it publishes the language being edited) and waits for the toast. */
export async function publish(page: Page) {
  await page.locator('#action-save').click()
  await expect(page.locator('.payload-toast-container')).toContainText(/success|pubblicat|salvat/i)
}

/** A new browser in Rome whose admin speaks `language`, with the demo editor logged in. */
export async function editorInAdmin(browser: Browser, language: 'it' | 'en'): Promise<Page> {
  const context = await browser.newContext({ locale: language === 'it' ? 'it-IT' : 'en-GB', timezoneId: 'Europe/Rome' })
  await context.addCookies([{ name: 'payload-lng', value: language, url: test.info().project.use.baseURL as string }])
  const page = await context.newPage()
  await logIn(page)
  return page
}
