import { expect, test } from '@playwright/test'
import { demoPages, type PageType } from './setup/demoPages'

// Every page type at the width of a small phone, kept in .ci-artifacts for a person to look at.
test.use({ viewport: { width: 360, height: 740 } })

for (const [type, byLocale] of Object.entries(demoPages) as [PageType, Record<'it' | 'en', string>][]) {
  for (const [locale, path] of Object.entries(byLocale)) {
    test(`the ${type} page fits a 360 px screen (${locale})`, async ({ page }) => {
      await page.goto(path)
      await page.screenshot({ path: `.ci-artifacts/screenshots/${type}-${locale}-360.png`, fullPage: true })
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow, 'nothing sticks out sideways').toBeLessThanOrEqual(0)
    })
  }
}
