import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { defineConfig, devices } from '@playwright/test'

// E2E_PORT when given, else the first of five free ports below the ephemeral range (the suite's server
// and the extra servers at E2E_PORT + 1 to + 4: tests/support/freePortBlock.cjs says why). The main
// process chooses it once and the workers inherit it through the environment; globalSetup fails if
// something listens there.
process.env.E2E_PORT ||= execFileSync(process.execPath, ['tests/support/freePortBlock.cjs'], { encoding: 'utf8' })
export const E2E_PORT = Number(process.env.E2E_PORT)

// Debian's Chromium by default (nothing is downloaded); CHROMIUM_PATH points elsewhere,
// and without either Playwright uses its own browser.
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.e2e.spec.ts',
  globalSetup: './tests/e2e/setup/globalSetup.ts',
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: '.ci-artifacts/playwright.json' }]],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${E2E_PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
})
