import { TZDate } from '@date-fns/tz'
import { expect, type Page } from '@playwright/test'
import { addMinutes, format, startOfMinute } from 'date-fns'
import { it as italianDates } from 'date-fns/locale'

/** The time of the next whole minute at least 20 s away, as the scheduling field reads it (Rome time, Italian). */
function nextMinuteInRome(): { typed: string; at: Date } {
  const at = startOfMinute(addMinutes(new Date(Date.now() + 20_000), 1))
  return { typed: format(new TZDate(at, 'Europe/Rome'), 'MMM d, yyy h:mm a', { locale: italianDates }), at }
}

/**
 * Schedules, from the open document in the Italian admin, its publication (or unpublication) at the
 * next whole minute, through the publish button's menu. Returns when it is due.
 */
export async function scheduleAtNextMinute(page: Page, action: 'publish' | 'unpublish'): Promise<Date> {
  const { typed, at } = nextMinuteInRome()
  await page.locator('#action-save-popup').getByRole('button').click()
  await page.getByRole('button', { name: 'Pubblicazione Programmata' }).click()
  if (action === 'unpublish') await page.getByLabel('Annulla pubblicazione').check()
  await page.locator('#time input').fill(typed)
  // Enter closes the calendar that typing opened over the drawer.
  await page.locator('#time input').press('Enter')
  await expect(page.locator('#time input')).toHaveValue(typed)
  await page.locator('#scheduled-publish-save').click()
  await expect(page.getByText('Programmato con successo.')).toBeVisible()
  return at
}
