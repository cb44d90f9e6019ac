import { readdir, readFile, rm, stat } from 'node:fs/promises'
import path from 'node:path'

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } }
  nodes: number[]
  strings: string[]
}

/** Waits for the heap snapshot a process writes on SIGUSR2 (--heapsnapshot-signal) to be complete. */
export async function waitForSnapshot(dir: string, since: number, timeoutMs = 180_000): Promise<string | undefined> {
  const deadline = Date.now() + timeoutMs
  let last = -1
  while (Date.now() < deadline) {
    const files = (await readdir(dir)).filter((name) => name.endsWith('.heapsnapshot'))
    for (const name of files) {
      const file = path.join(dir, name)
      const { size, mtimeMs } = await stat(file)
      if (mtimeMs < since) continue
      if (size > 0 && size === last) return file
      last = size
    }
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  return undefined
}

/** The heap's self size per constructor (objects) or kind (strings, code, arrays), largest first, in MB. */
export async function heapSummary(file: string, top = 15): Promise<Array<{ name: string; mb: number; count: number }>> {
  const snapshot = JSON.parse(await readFile(file, 'utf8')) as Snapshot
  await rm(file, { force: true })
  const fields = snapshot.snapshot.meta.node_fields
  const types = snapshot.snapshot.meta.node_types[0]
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((field) => fields.indexOf(field))
  const totals = new Map<string, { bytes: number; count: number }>()
  for (let i = 0; i < snapshot.nodes.length; i += fields.length) {
    const type = types[snapshot.nodes[i + typeAt]]
    const key = type === 'object' || type === 'closure' ? `${type} ${snapshot.strings[snapshot.nodes[i + nameAt]]}` : type
    const entry = totals.get(key) ?? { bytes: 0, count: 0 }
    entry.bytes += snapshot.nodes[i + sizeAt]
    entry.count++
    totals.set(key, entry)
  }
  return [...totals.entries()]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .slice(0, top)
    .map(([name, { bytes, count }]) => ({ name, mb: Math.round((bytes / 1024 / 1024) * 10) / 10, count }))
}
