/** One timed request: the whole body read, in milliseconds; the status beside it. */
export async function timedRequest(url: string, headers: Record<string, string>): Promise<{ ms: number; status: number; bytes: number }> {
  const started = performance.now()
  const response = await fetch(url, { headers, redirect: 'manual' })
  const body = await response.arrayBuffer()
  return { ms: performance.now() - started, status: response.status, bytes: body.byteLength }
}

export function percentile(values: number[], p: number): number {
  if (!values.length) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/** The resident memory of a process and all its children, from /proc (Linux), in MB. */
export async function treeRssMb(pid: number): Promise<number> {
  const { readdir, readFile } = await import('node:fs/promises')
  const parents = new Map<number, number>()
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    if (fields.length > 1) parents.set(Number(entry), Number(fields[1]))
  }
  const tree = new Set([pid])
  for (let grown = true; grown; ) {
    grown = false
    for (const [child, parent] of parents) if (tree.has(parent) && !tree.has(child)) tree.add(child).size && (grown = true)
  }
  let kb = 0
  for (const member of tree) {
    const status = await readFile(`/proc/${member}/status`, 'utf8').catch(() => '')
    kb += Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0)
  }
  return Math.round(kb / 1024)
}

/**
 * CPU time (user + system) the process and its children have used, in ms, from /proc (Linux).
 * Unlike request times it hardly moves when other work shares the cores: per request, it shows
 * what a route costs the server on a busy machine too.
 */
export async function treeCpuMs(pid: number): Promise<number> {
  const { readdir, readFile } = await import('node:fs/promises')
  const ticksPerSecond = 100
  const stats = new Map<number, string[]>()
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '')
    if (stat) stats.set(Number(entry), stat.slice(stat.lastIndexOf(')') + 2).split(' '))
  }
  const tree = new Set([pid])
  for (let grown = true; grown; ) {
    grown = false
    for (const [child, fields] of stats) if (tree.has(Number(fields[1])) && !tree.has(child)) tree.add(child).size && (grown = true)
  }
  // After ")": state, ppid, …; utime and stime are the 12th and 13th fields from there.
  let ticks = 0
  for (const member of tree) ticks += Number(stats.get(member)?.[11] ?? 0) + Number(stats.get(member)?.[12] ?? 0)
  return (ticks * 1000) / ticksPerSecond
}
