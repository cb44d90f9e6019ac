import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { demoPages, type PageType } from './setup/demoPages'

const wcagAA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

for (const [type, byLocale] of Object.entries(demoPages) as [PageType, Record<'it' | 'en', string>][]) {
  for (const [locale, path] of Object.entries(byLocale)) {
    test(`axe finds no serious violation on the ${type} page (${locale})`, async ({ page }) => {
      await page.goto(path)
      const { violations } = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
      const serious = violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
      expect(serious).toEqual([])
    })
  }
}

// The widget partners put in their own pages (an iframe): serious violations fail, moderate ones are printed.
for (const locale of ['it', 'en'] as const) {
  test(`axe on the embed widget (${locale})`, async ({ page }) => {
    const response = await page.goto(`/${locale}/embed/re-place`)
    expect(response?.status()).toBe(200)
    await expect(page.getByRole('link').first()).toBeVisible()
    const { violations } = await new AxeBuilder({ page }).withTags(wcagAA).analyze()
    const describe = (violation: (typeof violations)[number]) =>
      `${violation.impact} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
    const moderate = violations.filter((violation) => violation.impact === 'moderate' || violation.impact === 'minor')
    for (const violation of moderate) console.log(`axe (embed ${locale}, not failing): ${describe(violation)}`)
    test.info().annotations.push({ type: 'axe moderate', description: `${moderate.length} on /${locale}/embed/re-place` })
    const serious = violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map(describe)
    expect(serious).toEqual([])
  })
}

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto(demoPages.post.en)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
})
