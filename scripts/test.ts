/**
 * `npm test`: the type check, unit then integration tests (vitest), the production build (standalone, as the
 * Docker image runs it), the cluster test (tests/cluster: two instances behind Varnish), then the browser tests (Playwright). Each suite makes and drops its own database.
 * Ends with one line: N passed, N failed, N skipped; tests that passed only on a retry are listed above it.
 */
import { existsSync } from 'node:fs'
import { mkdir, readFile, rm } from 'node:fs/promises'
import { buildId, run } from '../tests/support/run'

const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
const totals = { passed: 0, failed: 0, skipped: 0 }
let broken = false

type PlaywrightSuite = {
  title: string
  specs?: { title: string; tests: { status: string }[] }[]
  suites?: PlaywrightSuite[]
}
type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number; skipped: number }
  suites: PlaywrightSuite[]
}

/** The titles of the tests Playwright marked flaky (failed, then passed on a retry). */
function flakyTitles(suites: PlaywrightSuite[], parents: string[] = []): string[] {
  return suites.flatMap((suite) => {
    const path = suite.title ? [...parents, suite.title] : parents
    const own = (suite.specs ?? [])
      .filter((spec) => spec.tests.some((test) => test.status === 'flaky'))
      .map((spec) => [...path, spec.title].join(' › '))
    return [...own, ...flakyTitles(suite.suites ?? [], path)]
  })
}

async function readJson<T>(file: string): Promise<T | undefined> {
  return existsSync(file) ? (JSON.parse(await readFile(file, 'utf8')) as T) : undefined
}

async function step(name: string, action: () => Promise<void>): Promise<boolean> {
  try {
    await action()
    return true
  } catch (error) {
    broken = true
    console.error(`\n✗ ${name}: ${(error as Error).message}`)
    return false
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

// A failed build leaves no BUILD_ID behind, so the browser tests never run on an older one.
let built = Boolean(await buildId())
if (env.SKIP_BUILD === '1' && !built) await step('next build', async () => Promise.reject(new Error('SKIP_BUILD=1 but no build in .next')))
if (env.SKIP_BUILD !== '1') {
  await rm('.next/BUILD_ID', { force: true })
  built = await step('next build', () => run('next', ['build'], { env: { ...env, BUILD_STANDALONE: 'true' } }))
}
const flaky: string[] = []
if (built) {
  // The cluster test: two standalone servers of this build behind Varnish, on Redis and an S3 server.
  const output = '.ci-artifacts/vitest-cluster.json'
  await step('vitest cluster', () =>
    run('vitest', ['run', '--config', 'vitest.cluster.config.ts', '--reporter=default', '--reporter=json', `--outputFile.json=${output}`], { env }),
  )
  const cluster = await readJson<VitestJson>(output)
  totals.passed += cluster?.numPassedTests ?? 0
  totals.failed += cluster?.numFailedTests ?? 0
  totals.skipped += cluster?.numPendingTests ?? 0

  await step('playwright', () => run('playwright', ['test'], { env }))
  const playwright = await readJson<PlaywrightReport>('.ci-artifacts/playwright.json')
  // A flaky test (failed, then passed on a retry) counts as passed and is listed below.
  totals.passed += (playwright?.stats.expected ?? 0) + (playwright?.stats.flaky ?? 0)
  totals.failed += playwright?.stats.unexpected ?? 0
  totals.skipped += playwright?.stats.skipped ?? 0
  flaky.push(...flakyTitles(playwright?.suites ?? []))
}

console.log(`\n${flaky.length} flaky (passed only on a retry)${flaky.length > 0 ? ':' : ''}`)
for (const title of flaky) console.log(`  ${title}`)
if (broken && totals.failed === 0) totals.failed = 1 // a suite that could not run counts as a failure
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`)
process.exit(broken || totals.failed > 0 ? 1 : 0)
