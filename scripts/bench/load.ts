/**
 * npm run bench:load — the production build under a mixed load: 50 connections for 60 s on cached
 * pages, lists, search, feeds, calendar files, REST and GraphQL, from a fresh seeded database.
 * First each kind of request alone (wall time and the server's CPU per request), then the load:
 * requests per second, p50/p99 latency, errors, time-outs, the server's memory before and after,
 * and the load average beside each. Options: --port N (default 3236), --connections N,
 * --seconds N, --times N (each kind alone, default 30; 0 skips), --mix cached|bare (floors: the
 * page-cached requests of the mix only; a bare Next page of the same build).
 */
import { readFileSync } from 'node:fs'
import { loadavg } from 'node:os'
import autocannon from 'autocannon'
import { startProductionSite } from '../lib/productionSite'
import { loadMix, mixes, sendRequest } from './loadMix'
import { measureRequestCosts, printRequestCosts, processTree } from './requestCost'

const option = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? Number(process.argv[index + 1]) : fallback
}
const port = option('port', 3236)
const connections = option('connections', 50)
const seconds = option('seconds', 60)
const times = option('times', 30)
const mixIndex = process.argv.indexOf('--mix')
const mixName = (mixIndex > 0 ? process.argv[mixIndex + 1] : 'full') as keyof typeof mixes
const mix = mixes[mixName] ?? loadMix

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
const rssMb = (pid: number) =>
  Math.round(processTree(pid).reduce((sum, id) => sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${id}/status`, 'utf8'))?.[1] ?? 0), 0) / 1024)

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')

// Rate limits off: every connection comes from this one address.
const site = await startProductionSite(port, 'load', { RATE_LIMIT_SCALE: '0' })
try {
  // Warm the caches once, as a running site would be.
  for (const request of mix) await (await sendRequest(site.url, request)).arrayBuffer()
  if (times > 0 && site.pid) {
    console.log(`load average ${load()}`)
    printRequestCosts(await measureRequestCosts(site.url, site.pid, mix, times))
  }
  const before = site.pid ? rssMb(site.pid) : NaN
  const loadBefore = load()
  const result = await autocannon({ url: site.url, connections, duration: seconds, timeout: 10, headers: { 'accept-encoding': 'gzip' }, requests: mix })
  const after = site.pid ? rssMb(site.pid) : NaN
  console.log(`\nbench:load (${mixName}) — ${connections} connections, ${seconds} s, ${mix.length} kinds of request`)
  console.log(`load average ${loadBefore} before, ${load()} after`)
  console.log(`requests/s   ${result.requests.average.toFixed(0)} (total ${result.requests.total})`)
  console.log(`latency      p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`)
  console.log(`errors       ${result.errors} (time-outs ${result.timeouts}), non-2xx ${result.non2xx}`)
  console.log(`server RSS   ${before} MB before, ${after} MB after`)
} finally {
  await site.stop()
}
