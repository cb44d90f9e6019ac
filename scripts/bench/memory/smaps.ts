import { readFile } from 'node:fs/promises'

/**
 * A process's resident memory by kind of mapping, in MB (Linux /proc/PID/smaps): files (the node
 * binary, shared libraries, mapped bundles), malloc's main arena ([heap]), malloc's other arenas
 * (64 MB aligned reservations) and the rest of anonymous memory (V8's heap pages, large mallocs).
 */
export async function rssByMapping(pid: number): Promise<Record<'files' | 'mallocMain' | 'mallocArenas' | 'otherAnonymous', number>> {
  const text = await readFile(`/proc/${pid}/smaps`, 'utf8').catch(() => '')
  const totals = { files: 0, mallocMain: 0, mallocArenas: 0, otherAnonymous: 0 }
  const arena = 64 * 1024 * 1024
  let kind: keyof typeof totals = 'otherAnonymous'
  for (const line of text.split('\n')) {
    const header = /^([0-9a-f]+)-([0-9a-f]+) \S+ \S+ \S+ \S+\s*(.*)$/.exec(line)
    if (header) {
      const [start, end, name] = [parseInt(header[1], 16), parseInt(header[2], 16), header[3]]
      kind = name.startsWith('/') ? 'files' : name === '[heap]' ? 'mallocMain' : start % arena === 0 && end - start <= arena && !name ? 'mallocArenas' : 'otherAnonymous'
      continue
    }
    const rss = /^Rss:\s+(\d+) kB/.exec(line)
    if (rss) totals[kind] += Number(rss[1])
  }
  return Object.fromEntries(Object.entries(totals).map(([key, kb]) => [key, Math.round(kb / 1024)])) as typeof totals
}
