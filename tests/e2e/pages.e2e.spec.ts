import { expect, test } from '@playwright/test'
import { demoPages } from './setup/demoPages'

test('the plans page shows prices, FAQ as <details> and FAQPage structured data (it)', async ({ page }) => {
  await page.goto(demoPages.plans.it)
  await expect(page.getByRole('heading', { level: 1, name: 'Piani e prezzi' })).toBeVisible()
  await expect(page.getByRole('heading', { level: 3, name: 'Scrivania fissa' })).toBeVisible()
  await expect(page.getByText('190 €')).toBeVisible()
  const question = page.locator('details summary', { hasText: 'Posso provare prima di decidere?' })
  await expect(page.getByText('la prima giornata è gratuita. Scrivici')).toBeHidden()
  await question.click()
  await expect(page.getByText('la prima giornata è gratuita. Scrivici')).toBeVisible()
  const jsonLd = await page.locator('script[type="application/ld+json"]').allTextContents()
  const faq = jsonLd.map((text) => JSON.parse(text)).find((data) => data['@type'] === 'FAQPage')
  expect(faq.mainEntity[0]).toMatchObject({ '@type': 'Question', name: 'Posso provare prima di decidere?' })
})

test('the about page renders every kind of block it has and leads to the English page (en)', async ({ page }) => {
  await page.goto(demoPages.about.it)
  await expect(page.getByRole('heading', { level: 1, name: 'Chi siamo' })).toBeVisible()
  await expect(page.locator('figure img')).toHaveCount(1)
  await expect(page.getByRole('link', { name: 'Prenota una visita' }).first()).toHaveAttribute('href', '/it/contatti')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(/\/en\/about$/)
  await expect(page.getByRole('heading', { level: 1, name: 'About us' })).toBeVisible()
})

test('a page slug in the wrong locale is a 404, and hostile slugs never a 500', async ({ request }) => {
  expect((await request.get('/en/chi-siamo')).status()).toBe(404)
  for (const path of ['/it/%00', '/it/' + 'a'.repeat(5000), '/en/..%2F..%2Fetc', '/it/privacy?x=%00&x=1']) {
    expect((await request.get(path, { maxRedirects: 0 })).status(), path).toBeLessThan(500)
  }
  expect((await request.fetch('/it/privacy', { method: 'DELETE' })).status()).toBeLessThan(500)
})
