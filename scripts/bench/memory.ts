/**
 * `npm run bench:memory -- --database URL` (`--port P --node-options "…" --load-seconds S --requests N --bare --snapshot`):
 * the server's RSS after start, after one request to every kind of route (so that every route
 * group's bundle is loaded) and after bench:scale's 50-connection mixed load, on a copy of the
 * generated site that the caller made (bench:scale makes and drops its own). Minutes quicker than
 * bench:scale, for weighing one change against another; bench:scale gives the figures to report.
 * `--bare`: the same server under the same load asking only for /next/bare, the floor of the build.
 * At each step it also prints the RSS by kind of mapping and the server's own process.memoryUsage()
 * (scripts/bench/memory/memoryLog.cjs); `--keep-snapshot FILE` keeps the heap snapshot for
 * scripts/bench/memory/heapRetainers.ts.
 */
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { startServer, stopProcess, waitForUrl } from '../../tests/support/run'
import { benchAdmin } from './scale/benchAdmin'
import { heapSummary, waitForSnapshot } from './scale/heapSummary'
import { mixedLoad } from './scale/mixedLoad'
import { everyKindOfRoute } from './memory/everyKindOfRoute'
import { rssByMapping } from './memory/smaps'
import { treeCpuMs, treeRssMb } from './scale/timing'

const { values } = parseArgs({
  options: {
    database: { type: 'string' },
    port: { type: 'string', default: '3240' },
    'node-options': { type: 'string', default: '' },
    'load-seconds': { type: 'string', default: '30' },
    requests: { type: 'string' },
    connections: { type: 'string', default: '50' },
    bare: { type: 'boolean', default: false },
    snapshot: { type: 'boolean', default: false },
    'keep-snapshot': { type: 'string' },
  },
})
if (!values.database) throw new Error('Pass --database postgres://…/a-copy-of-the-generated-site (CREATE DATABASE … TEMPLATE coworking_scale_…).')
const baseUrl = `http://127.0.0.1:${values.port}`
const secret = 'bench-scale-secret-bench-scale-secret-0123'
const snapshotDir = await mkdtemp(path.join(os.tmpdir(), 'bench-memory-heap-'))
const server = startServer('start', Number(values.port), {
  ...process.env,
  DATABASE_URL: values.database,
  PAYLOAD_SECRET: secret,
  NEXT_PUBLIC_SERVER_URL: baseUrl,
  MEDIA_DIR: `${snapshotDir}/media`,
  NEXT_TELEMETRY_DISABLED: '1',
  JOBS_AUTORUN_CRON: '0 0 1 1 *',
  RATE_LIMIT_SCALE: '0',
  MEMORY_LOG_FILE: `${snapshotDir}/memory.jsonl`,
  NODE_OPTIONS: [`--heapsnapshot-signal=SIGUSR2 --diagnostic-dir=${snapshotDir}`, `--require=${path.resolve('scripts/bench/memory/memoryLog.cjs')}`, values['node-options']].filter(Boolean).join(' '),
})
const details: string[] = []
/** The tree's RSS; beside it, the server's RSS by mapping and its latest memoryUsage() line. */
const rss = async (step: string) => {
  const lines = (await readFile(`${snapshotDir}/memory.jsonl`, 'utf8').catch(() => '')).trim().split('\n')
  const usage = lines.length ? JSON.parse(lines.at(-1) || '{}') : {}
  details.push(`${step}: ${JSON.stringify(await rssByMapping(server.pid ?? 0))} ${JSON.stringify(usage)}`)
  return treeRssMb(server.pid ?? 0)
}
try {
  await waitForUrl(`${baseUrl}/it`)
  const memory: Record<string, number> = { afterStart: await rss('start') }
  const login = await fetch(`${baseUrl}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(benchAdmin) })
  const { token } = (await login.json()) as { token: string }
  // The floor: nothing but the bare page ever asked for, so no route group's bundle is loaded.
  const statuses = values.bare ? 'none (--bare)' : await everyKindOfRoute(baseUrl, values.database, token)
  memory.afterRoutes = await rss('routes')
  const started = performance.now()
  const cpuBefore = await treeCpuMs(server.pid ?? 0)
  const load = values.bare
    ? await autocannon({ url: `${baseUrl}/next/bare`, connections: Number(values.connections), duration: Number(values['load-seconds']) }).then((result) => ({
        requests: result.requests.total,
        requestsPerSecond: result.requests.average,
        p99Ms: result.latency.p99,
        non2xx: result.non2xx,
        errors: result.errors,
      }))
    : await mixedLoad(baseUrl, values.database, { connections: Number(values.connections), seconds: Number(values['load-seconds']), amount: values.requests ? Number(values.requests) : undefined })
  const cpuPerRequest = (await treeCpuMs(server.pid ?? 0)) - cpuBefore
  const during = (await readFile(`${snapshotDir}/memory.jsonl`, 'utf8')).trim().split('\n').map((line) => JSON.parse(line)).filter((entry) => entry.at >= Date.now() - (performance.now() - started))
  const peak = (field: string) => Math.max(...during.map((entry) => entry[field]))
  details.push(`peak during the load: rss ${peak('rss')}, heapTotal ${peak('heapTotal')}, heapUsed ${peak('heapUsed')}, external ${peak('external')} MB`)
  memory.afterLoad = await rss('load')
  await new Promise((resolve) => setTimeout(resolve, 10_000))
  memory.afterLoadRest = await rss('10 s later')
  console.log(`routes: ${statuses}`)
  console.log(`load (${values.bare ? '/next/bare only' : 'mixed'}, ${((performance.now() - started) / 1000).toFixed(0)} s): ${load.requests} requests, ${load.requestsPerSecond.toFixed(0)} req/s, p99 ${load.p99Ms} ms, ${load.non2xx} non-2xx, ${load.errors} errors; server CPU ${(cpuPerRequest / Math.max(1, load.requests)).toFixed(1)} ms a request`)
  console.log(`RSS MB: start ${memory.afterStart}, routes ${memory.afterRoutes}, load ${memory.afterLoad}, 10 s later ${memory.afterLoadRest}; ${os.loadavg().map((n) => n.toFixed(1)).join(' ')} load average`)
  for (const line of details) console.log(line)
  if (values.snapshot || values['keep-snapshot']) {
    const signalled = Date.now()
    process.kill(server.pid ?? 0, 'SIGUSR2')
    const file = await waitForSnapshot(snapshotDir, signalled)
    if (file && values['keep-snapshot']) await copyFile(file, values['keep-snapshot'])
    const heap = file ? await heapSummary(file, 25) : []
    console.log(`heap: ${heap.map((entry) => `${entry.name} ${entry.mb} MB (${entry.count})`).join('; ')}`)
  }
} finally {
  await stopProcess(server)
  await rm(snapshotDir, { recursive: true, force: true })
}
process.exit(0)
