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

test('the skip link is the first stop of the keyboard and leads to the content', async ({ page }) => {
  await page.goto(demoPages.post.en)
  await page.keyboard.press('Tab')
  const skip = page.getByRole('link', { name: 'Skip to content' })
  await expect(skip).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('main#main')).toBeFocused()
})
