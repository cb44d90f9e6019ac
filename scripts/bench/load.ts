/**
 * npm run bench:load — the production build under a mixed load: 50 connections for 60 s on cached
 * pages, lists, search, feeds, calendar files, REST and GraphQL, from a fresh seeded database.
 * Prints requests per second, p99 latency, errors, time-outs and the server's memory before and
 * after. Options: --port N (default 3236), --connections N, --seconds N.
 */
import { readFileSync } from 'node:fs'
import autocannon from 'autocannon'
import { startProductionSite } from '../lib/productionSite'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const port = option('port', 3236)
const connections = option('connections', 50)
const seconds = option('seconds', 60)

/** Resident memory of a process and its children, in MB (Linux /proc). */
function rssMb(pid: number): number {
  const own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0)
  let children: number[] = []
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number)
  } catch {
    // no children listed
  }
  return Math.round(own / 1024 + children.reduce((sum, child) => sum + rssMb(child), 0))
}

const graphql = JSON.stringify({ query: '{ Posts(limit: 10, locale: it) { docs { id title slug publishedAt } } }' })
type Request = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }
const get = (path: string): Request => ({ method: 'GET', path })
// One round of what visitors, crawlers, calendar apps and API clients ask for.
const mix: Request[] = [
  get('/it'),
  get(`/it/blog/${collaboratorioPost.it.slug}`),
  get('/en'),
  get('/it/eventi'),
  get('/it/blog'),
  get(`/en/blog/${collaboratorioPost.en.slug}`),
  get('/it/spazi/lofoio'),
  get('/en/events'),
  get('/it/cerca?q=coworking'),
  get('/it/feed.xml'),
  get('/it/calendar.ics'),
  get('/it/calendar/spaces/lofoio.ics'),
  get('/api/posts?limit=10&locale=it'),
  { method: 'POST', path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: graphql },
]

// Rate limits off: every connection comes from this one address.
const site = await startProductionSite(port, 'load', { RATE_LIMIT_SCALE: '0' })
try {
  // Warm the caches once, as a running site would be.
  for (const request of mix) await fetch(`${site.url}${request.path}`, { method: request.method, headers: request.headers, body: request.body })
  const before = site.pid ? rssMb(site.pid) : NaN
  const result = await autocannon({ url: site.url, connections, duration: seconds, timeout: 10, headers: { 'accept-encoding': 'gzip' }, requests: mix })
  const after = site.pid ? rssMb(site.pid) : NaN
  console.log(`\nbench:load — ${connections} connections, ${seconds} s, ${mix.length} kinds of request`)
  console.log(`requests/s   ${result.requests.average.toFixed(0)} (total ${result.requests.total})`)
  console.log(`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
  console.log(`errors       ${result.errors} (time-outs ${result.timeouts}), non-2xx ${result.non2xx}`)
  console.log(`server RSS   ${before} MB before, ${after} MB after`)
} finally {
  await site.stop()
}
