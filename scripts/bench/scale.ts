/**
 * `npm run bench:scale` (`-- --posts N --port P`): generates a site of 10,000 posts (a quarter
 * without English), 500 events, 100 spaces, 50 projects, categories and tags; starts the
 * production build on it; prints p50/p95 of uncached and cached requests for each route and the
 * server's memory, before and after a mixed load. Figures also in .ci-artifacts/bench-scale.json.
 * Not a test: a measurement against the budgets of issue 13.
 */
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { startServer, waitForUrl } from '../../tests/support/run'
import { dropDatabase, uniqueDatabaseName } from '../../src/db/databases'
import { disposablePostgresServer } from '../../src/db/postgresServer'
import { derivedSecret } from '../../src/config/derivedSecret'
import { cacheSources, cacheTag } from '../../src/lib/cms/read/cacheTags'
import { benchAdmin } from './scale/benchAdmin'
import { heapSummary, waitForSnapshot } from './scale/heapSummary'
import { explainPlans } from './scale/explain'
import { mixedLoad } from './scale/mixedLoad'
import { type BenchRoute, benchRoutes } from './scale/routes'
import { generatedSiteCopy } from './scale/siteDatabase'
import { percentile, timedRequest, treeCpuMs, treeRssMb } from './scale/timing'

const { values } = parseArgs({
  options: {
    posts: { type: 'string', default: '10000' },
    events: { type: 'string', default: '500' },
    spaces: { type: 'string', default: '100' },
    projects: { type: 'string', default: '50' },
    port: { type: 'string', default: '3240' },
    samples: { type: 'string', default: '60' },
    'load-seconds': { type: 'string', default: '30' },
    connections: { type: 'string', default: '50' },
    fresh: { type: 'boolean', default: false },
    // Only the routes whose group or name contains this, or one of these (`search`, `blog en`, `floor,search,blog`); no load then.
    only: { type: 'string' },
    out: { type: 'string', default: '.ci-artifacts/bench-scale.json' },
  },
})
if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
const size = { posts: Number(values.posts), events: Number(values.events), spaces: Number(values.spaces), projects: Number(values.projects) }
const samples = Number(values.samples)
const port = Number(values.port)
const baseUrl = `http://127.0.0.1:${port}`
const secret = 'bench-scale-secret-bench-scale-secret-0123'
const postgres = await disposablePostgresServer()
const copy = uniqueDatabaseName('coworking_bench_scale')
const mediaDir = `/tmp/bench-scale-media-${copy}`
const snapshotDir = await mkdtemp(path.join(os.tmpdir(), 'bench-scale-heap-'))
let server: ReturnType<typeof startServer> | undefined

async function expireEverything(): Promise<void> {
  const response = await fetch(`${baseUrl}/next/revalidate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-revalidate-secret': derivedSecret('revalidate', secret) },
    body: JSON.stringify({ tags: cacheSources.map(cacheTag) }),
  })
  if (!response.ok) throw new Error(`/next/revalidate answered ${response.status}`)
}

async function adminCookie(): Promise<string> {
  const response = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(benchAdmin) })
  const { token } = (await response.json()) as { token?: string }
  if (!token) throw new Error(`Bench admin login failed: ${response.status}`)
  return `payload-token=${token}`
}

type RouteFigures = BenchRoute & { status: number; bytes: number; firstMs: number; cpuMs: number; uncached: { p50: number; p95: number }; cached: { p50: number; p95: number }; pass: boolean }

async function measureRoute(route: BenchRoute, cookie: string, pid: number): Promise<RouteFigures> {
  // The REST API takes the token as a header (its cookie is for the admin's own pages).
  const auth: Record<string, string> = route.group === 'rest' ? { authorization: `JWT ${cookie.replace('payload-token=', '')}` } : {}
  const headers: Record<string, string> = { cookie: route.admin ? cookie : `NEXT_LOCALE=${route.path.startsWith('/en') ? 'en' : 'it'}`, 'accept-encoding': 'gzip', ...auth }
  const url = `${baseUrl}${route.path}`
  // The first request to a route also loads its code (the admin's bundles take a few hundred ms):
  // timed apart, so that the samples measure reading and rendering.
  await expireEverything()
  const first = (await timedRequest(url, headers)).ms
  const uncached: number[] = []
  let last = { status: 0, bytes: 0 }
  const cpuBefore = await treeCpuMs(pid)
  for (let i = 0; i < samples; i++) {
    // Every cached read and render of the site expired, as after an editor's save.
    await expireEverything()
    const { ms, status, bytes } = await timedRequest(url, headers)
    uncached.push(ms)
    last = { status, bytes }
  }
  // Includes the expiry request before each sample (a small, fixed cost).
  const cpuMs = ((await treeCpuMs(pid)) - cpuBefore) / samples
  const cached: number[] = []
  for (let i = 0; i < samples; i++) cached.push((await timedRequest(url, headers)).ms)
  const figures = { p50: percentile(uncached, 50), p95: percentile(uncached, 95) }
  return { ...route, ...last, firstMs: first, cpuMs, uncached: figures, cached: { p50: percentile(cached, 50), p95: percentile(cached, 95) }, pass: figures.p95 <= route.budgetMs && last.status === 200 }
}

const ms = (value: number) => `${value.toFixed(0)} ms`

/** The mixed load, the memory after it, a heap summary and the plans; then the figures file. */
async function loadAndReport(routes: BenchRoute[], figures: RouteFigures[], memory: Record<string, number>, databaseUrl: string, pid: number) {
  const load = await mixedLoad(baseUrl, databaseUrl, { connections: Number(values.connections), seconds: Number(values['load-seconds']) })
  memory.afterLoad = await treeRssMb(pid)
  await new Promise((resolve) => setTimeout(resolve, 10_000))
  memory.afterLoadRest = await treeRssMb(pid)
  console.log(
    `mixed load (${values.connections} connections, ${values['load-seconds']} s): ${load.requests} requests, ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99Ms} ms, ` +
      `${load.non2xx} non-2xx (404s asked for), ${load.errors} errors`,
  )
  console.log(`server RSS: ${memory.afterLoad} MB right after the load, ${memory.afterLoadRest} MB 10 s later (budget 400 MB)`)
  const signalled = Date.now()
  process.kill(pid, 'SIGUSR2')
  const snapshot = await waitForSnapshot(snapshotDir, signalled)
  const heap = snapshot ? await heapSummary(snapshot) : []
  console.log(`heap after the load, largest kinds (self size): ${heap.map((entry) => `${entry.name} ${entry.mb} MB`).join('; ') || 'no snapshot'}`)
  const lastPage = Number(/page=(\d+)/.exec(routes.find((route) => route.name === 'blog it last')?.path ?? '')?.[1] ?? 1)
  const lastEventsPage = Number(/page=(\d+)/.exec(routes.find((route) => route.name === 'events it last')?.path ?? '')?.[1] ?? 1)
  const plans = await explainPlans(databaseUrl, lastPage, lastEventsPage)
  for (const [name, plan] of Object.entries(plans)) console.log(`\nEXPLAIN ANALYZE ${name}\n${plan}`)
  await mkdir('.ci-artifacts', { recursive: true })
  await writeFile(values.out, `${JSON.stringify({ date: new Date().toISOString(), size, samples, routes: figures, load, memoryMb: memory, heap, plans }, null, 2)}\n`)
  console.log(`figures: ${values.out}; ${figures.filter((route) => !route.pass).length} of ${figures.length} routes over budget`)
}

try {
  const databaseUrl = await generatedSiteCopy(postgres.serverUrl, size, copy, values.fresh)
  server = startServer('start', port, {
    ...process.env,
    DATABASE_URL: databaseUrl,
    PAYLOAD_SECRET: secret,
    NEXT_PUBLIC_SERVER_URL: baseUrl,
    MEDIA_DIR: mediaDir,
    NEXT_TELEMETRY_DISABLED: '1',
    JOBS_AUTORUN_CRON: '0 0 1 1 *',
    // Every request comes from this one address: without this the search's 30 a minute answer 429.
    RATE_LIMIT_SCALE: '0',
    // SIGUSR2 writes a heap snapshot into snapshotDir: where the memory goes, after the load.
    NODE_OPTIONS: `--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir} --trace-deprecation`,
  })
  await waitForUrl(`${baseUrl}/it`)
  const pid = server.pid ?? 0
  const memory: Record<string, number> = { afterStart: await treeRssMb(pid) }
  const cookie = await adminCookie()
  const only = values.only?.split(',')
  const routes = (await benchRoutes(databaseUrl, baseUrl)).filter((route) => !only || only.some((part) => `${route.group} ${route.name}`.includes(part)))
  const figures: RouteFigures[] = []
  for (const route of routes) {
    const result = await measureRoute(route, cookie, pid)
    figures.push(result)
    console.log(
      `${result.pass ? 'PASS' : 'FAIL'}  ${route.name.padEnd(28)} uncached p50 ${ms(result.uncached.p50).padStart(7)} p95 ${ms(result.uncached.p95).padStart(7)} (budget ${route.budgetMs}) cpu ${ms(result.cpuMs).padStart(6)}` +
        `   cached p50 ${ms(result.cached.p50).padStart(6)} p95 ${ms(result.cached.p95).padStart(6)}   first ${ms(result.firstMs).padStart(6)}   ${result.status} ${(result.bytes / 1024).toFixed(0)} kB  ${route.path}`,
    )
  }
  memory.afterRoutes = await treeRssMb(pid)
  console.log(`server RSS: ${memory.afterStart} MB after start, ${memory.afterRoutes} MB after the routes`)
  if (values.only) console.log(`figures not written: --only ${values.only} measures part of the routes and no load`)
  else await loadAndReport(routes, figures, memory, databaseUrl, pid)
} finally {
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server?.once('exit', resolve))
    server.kill('SIGTERM')
    await exited
  }
  await dropDatabase(postgres.serverUrl, copy).catch(() => {})
  await postgres.stop()
  await rm(mediaDir, { recursive: true, force: true })
  await rm(snapshotDir, { recursive: true, force: true })
}
process.exit(0)
