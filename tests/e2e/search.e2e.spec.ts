import { expect, test } from '@playwright/test'

test('Italian search stems, highlights and keeps the query in the box', async ({ page }) => {
  await page.goto('/it/cerca')
  await page.getByRole('searchbox', { name: 'Che cosa cerchi?' }).fill('spazi')
  await page.getByRole('button', { name: 'Cerca' }).click()
  await expect(page).toHaveURL(/\/it\/cerca\?q=spazi$/)
  await expect(page.getByRole('searchbox', { name: 'Che cosa cerchi?' })).toHaveValue('spazi')
  await expect(page.getByText(/\d+ risultati per «spazi»/)).toBeVisible()
  // "spazi" also finds "spazio": the Italian stemmer joins them.
  await expect(page.locator('mark', { hasText: /^spazio$/i }).first()).toBeVisible()
  // Pages (about, plans…) speak of the space too: narrowed to the space's own name.
  await page.goto('/it/cerca?q=spazi warehouse')
  await expect(page.getByRole('link', { name: 'Warehouse Coworking Factory', exact: true }).last()).toHaveAttribute(
    'href',
    '/it/spazi/warehouse-coworking-factory',
  )
})

test('English search stems "events" to "event" and leaves Italian-only documents out', async ({ page }) => {
  await page.goto('/en/search?q=events')
  await expect(page.locator('mark', { hasText: /^event$/i }).first()).toBeVisible()
  await page.goto('/en/search?q=geronimo')
  const results = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })
  await expect(results.first()).toBeVisible()
  // The Italian-only post about #GERONIMO is not among the English results.
  await expect(page.getByRole('link', { name: /al via gli incontri/ })).toHaveCount(0)
})

test('a search with no match says so, and an empty one explains what to type', async ({ page }) => {
  await page.goto('/en/search?q=zzzyxxq')
  await expect(page.getByText('No results for “zzzyxxq”')).toBeVisible()
  await page.goto('/en/search')
  await expect(page.getByText('Type one or more words')).toBeVisible()
})

test('the language switcher keeps the query', async ({ page }) => {
  await page.goto('/it/cerca?q=coworking')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/search\?q=coworking$/)
  await expect(page.getByRole('searchbox')).toHaveValue('coworking')
})

test('pages are found by the words of their blocks, each in its own language', async ({ page }) => {
  await page.goto('/it/cerca?q=stazione')
  await expect(page.locator('main').getByRole('link', { name: 'Contatti', exact: true })).toHaveAttribute('href', '/it/contatti')
  await expect(page.locator('main mark').first()).toHaveText(/stazione/i)
  await page.goto('/en/search?q=railway station')
  await expect(page.locator('main').getByRole('link', { name: 'Contact', exact: true })).toHaveAttribute('href', '/en/contact')
})
