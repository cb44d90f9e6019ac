import { expect, type Page } from '@playwright/test'
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
