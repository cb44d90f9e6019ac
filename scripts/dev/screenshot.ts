/**
 * `npx tsx scripts/dev/screenshot.ts <url> <file.png> [width]`: a full-page screenshot in headless
 * Chromium (Debian's, or CHROMIUM_PATH), to look at a page as a visitor would.
 */
import { chromium } from '@playwright/test'

const [url, file, width = '1280'] = process.argv.slice(2)
if (!url || !file) {
  console.error('Usage: tsx scripts/dev/screenshot.ts <url> <file.png> [width]')
  process.exit(1)
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
})
const page = await browser.newPage({ viewport: { width: Number(width), height: 800 } })
const response = await page.goto(url, { waitUntil: 'networkidle' })
await page.screenshot({ path: file, fullPage: true })
console.log(`${response?.status()} ${url} → ${file}`)
await browser.close()
