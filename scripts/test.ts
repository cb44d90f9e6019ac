/**
 * `npm test`: the type check, unit then integration tests (vitest), the production build, then the browser tests
 * (Playwright). Each suite makes and drops its own database. Ends with one line: N passed, N failed.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { run } from '../tests/support/run'

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const totals = { passed: 0, failed: 0, skipped: 0 }
let broken = false

async function readJson<T>(file: string): Promise<T | undefined> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as T) : undefined
}

async function step(name: string, action: () => Promise<void>) {
  try {
    await action()
  } catch (error) {
    broken = true
    console.error(`\n✗ ${name}: ${(error as Error).message}`)
  }
}

await rm('.ci-artifacts', { recursive: true, force: true })
await mkdir('.ci-artifacts', { recursive: true })

await step('typecheck', () => run('tsc', ['--noEmit'], { env }))

type VitestJson = { numPassedTests: number; numFailedTests: number; numPendingTests: number }

// Unit first (no database, seconds), then integration (a real PostgreSQL): a broken function shows before the slow part.
for (const project of ['unit', 'int']) {
  const output = `.ci-artifacts/vitest-${project}.json`
  await step(`vitest ${project}`, () =>
    run('vitest', ['run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], { env }),
  )
  const vitest = await readJson<VitestJson>(output)
  totals.passed += vitest?.numPassedTests ?? 0
  totals.failed += vitest?.numFailedTests ?? 0
  totals.skipped += vitest?.numPendingTests ?? 0
}

if (env.SKIP_BUILD !== '1') await step('next build', () => run('next', ['build'], { env }))
if (existsSync('.next/BUILD_ID')) {
  await step('playwright', () => run('playwright', ['test'], { env }))
  const playwright = await readJson<{ stats: { expected: number; unexpected: number; flaky: number; skipped: number } }>(
    '.ci-artifacts/playwright.json',
  )
  totals.passed += (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0)
  totals.failed += playwright?.stats.unexpected ?? 0
  totals.skipped += playwright?.stats.skipped ?? 0
}

if (broken && totals.failed === 0) totals.failed = 1 // a suite that could not run counts as a failure
console.log(`\n${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(broken || totals.failed > 0 ? 1 : 0)
