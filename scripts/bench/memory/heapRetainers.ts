/**
 * `tsx scripts/bench/memory/heapRetainers.ts FILE.heapsnapshot [--top N] [--depth D]`: what holds a
 * heap snapshot's memory. Builds the dominator tree (the object whose release would free a node) and
 * prints the largest retained objects with the path that holds them, and the strings, arrays, code
 * and native buffers grouped by that path. Run with a large heap: `NODE_OPTIONS=--max-old-space-size=8000`.
 */
import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'

type Snapshot = {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } }
  nodes: number[]
  edges: number[]
  strings: string[]
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '40' }, depth: { type: 'string', default: '5' } } })
const snapshot = JSON.parse(await readFile(positionals[0], 'utf8')) as Snapshot
const { meta } = snapshot.snapshot
const nodeFields = meta.node_fields.length
const edgeFields = meta.edge_fields.length
const [typeAt, nameAt, sizeAt, edgeCountAt] = ['type', 'name', 'self_size', 'edge_count'].map((field) => meta.node_fields.indexOf(field))
const [edgeTypeAt, edgeNameAt, edgeToAt] = ['type', 'name_or_index', 'to_node'].map((field) => meta.edge_fields.indexOf(field))
const nodeTypes = meta.node_types[0]
const edgeTypes = meta.edge_types[0]
const count = snapshot.nodes.length / nodeFields
const { nodes, edges, strings } = snapshot

const firstEdge = new Uint32Array(count + 1)
for (let n = 0, e = 0; n < count; n++) {
  firstEdge[n] = e
  e += nodes[n * nodeFields + edgeCountAt] * edgeFields
}
firstEdge[count] = edges.length
const type = (n: number) => nodeTypes[nodes[n * nodeFields + typeAt]]
const name = (n: number) => strings[nodes[n * nodeFields + nameAt]]
const selfSize = (n: number) => nodes[n * nodeFields + sizeAt]
const ignoredEdge = (e: number) => edgeTypes[edges[e + edgeTypeAt]] === 'weak'
const edgeName = (e: number) => {
  const kind = edgeTypes[edges[e + edgeTypeAt]]
  const value = edges[e + edgeNameAt]
  return kind === 'element' || kind === 'hidden' ? `[${value}]` : String(strings[value])
}

// Post-order from the root (node 0), following every edge but weak ones.
const postOrder = new Uint32Array(count)
const orderOf = new Int32Array(count).fill(-1)
{
  const stack = new Uint32Array(count)
  const nextEdge = new Uint32Array(count)
  const seen = new Uint8Array(count)
  let top = 0
  let order = 0
  stack[0] = 0
  seen[0] = 1
  nextEdge[0] = firstEdge[0]
  while (top >= 0) {
    const n = stack[top]
    if (nextEdge[n] < firstEdge[n + 1]) {
      const e = nextEdge[n]
      nextEdge[n] += edgeFields
      if (ignoredEdge(e)) continue
      const to = edges[e + edgeToAt] / nodeFields
      if (seen[to]) continue
      seen[to] = 1
      nextEdge[to] = firstEdge[to]
      stack[++top] = to
    } else {
      orderOf[n] = order
      postOrder[order++] = n
      top--
    }
  }
}

// Retainers (reverse edges) of reachable nodes.
const retainerStart = new Uint32Array(count + 1)
for (let e = 0; e < edges.length; e += edgeFields) if (!ignoredEdge(e)) retainerStart[edges[e + edgeToAt] / nodeFields + 1]++
for (let n = 0; n < count; n++) retainerStart[n + 1] += retainerStart[n]
const retainers = new Uint32Array(retainerStart[count])
{
  const fill = retainerStart.slice(0, count)
  for (let n = 0; n < count; n++) {
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += edgeFields) if (!ignoredEdge(e)) retainers[fill[edges[e + edgeToAt] / nodeFields]++] = n
  }
}

// Dominators (Cooper, Harvey, Kennedy: iterate in reverse post-order until nothing changes).
const idom = new Int32Array(count).fill(-1)
idom[0] = 0
for (let changed = true; changed; ) {
  changed = false
  for (let i = count - 1; i >= 0; i--) {
    const n = postOrder[i]
    if (n === 0 || orderOf[n] < 0) continue
    let dominator = -1
    for (let r = retainerStart[n]; r < retainerStart[n + 1]; r++) {
      let p = retainers[r]
      if (idom[p] < 0 || orderOf[p] < 0) continue
      if (dominator < 0) {
        dominator = p
        continue
      }
      let q = dominator
      while (p !== q) {
        while (orderOf[p] < orderOf[q]) p = idom[p]
        while (orderOf[q] < orderOf[p]) q = idom[q]
      }
      dominator = p
    }
    if (dominator >= 0 && idom[n] !== dominator) {
      idom[n] = dominator
      changed = true
    }
  }
}
const retained = new Float64Array(count)
for (let i = 0; i < count; i++) {
  const n = postOrder[i]
  if (orderOf[n] < 0) continue
  retained[n] += selfSize(n)
  if (n !== 0) retained[idom[n]] += retained[n]
}

const generic = new Set(['Object', 'Array', 'system / Context', '(system)', 'system', 'Map', 'Set', '(object properties)', '(object elements)'])
/** A node as a person reads it: its constructor or kind, and the property its dominator holds it by. */
function label(n: number): string {
  const parent = idom[n]
  let via = ''
  for (let e = firstEdge[parent]; e < firstEdge[parent + 1]; e += edgeFields) if (edges[e + edgeToAt] / nodeFields === n) via = edgeName(e)
  const kind = type(n)
  const what = kind === 'object' || kind === 'closure' || kind === 'synthetic' ? name(n) : kind
  return via ? `${what}<-.${via}` : what
}
/** The chain of dominators above a node, `depth` named ones at most, nearest first. */
function path(n: number, depth: number): string {
  const steps: string[] = []
  for (let m = idom[n]; m > 0 && steps.length < depth; m = idom[m]) {
    const kind = type(m)
    if ((kind === 'object' || kind === 'closure' || kind === 'synthetic') && !generic.has(name(m))) steps.push(label(m))
    else if (kind === 'synthetic') steps.push(name(m))
  }
  return steps.join(' / ') || '(root)'
}
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1)

const top = Number(values.top)
const depth = Number(values.depth)
let total = 0
for (let n = 0; n < count; n++) total += selfSize(n)
console.log(`${count} nodes, ${mb(total)} MB in all`)

console.log('\nLargest retained objects (not contained in a larger one of the list):')
const objects = [...Array(count).keys()]
  .filter((n) => n > 0 && (type(n) === 'object' || type(n) === 'closure') && retained[n] > 256 * 1024)
  .sort((a, b) => retained[b] - retained[a])
const shown = new Set<number>()
for (const n of objects) {
  let inside = false
  for (let m = idom[n]; m > 0; m = idom[m]) if (shown.has(m) && retained[m] < retained[n] * 3) inside = true
  if (inside) continue
  shown.add(n)
  console.log(`${mb(retained[n]).padStart(7)} MB  ${label(n)}  ⟵  ${path(n, depth)}`)
  if (shown.size >= top) break
}

for (const kinds of [['string', 'concatenated string', 'sliced string'], ['array'], ['native'], ['code']]) {
  const groups = new Map<string, { bytes: number; count: number }>()
  let sum = 0
  for (let n = 0; n < count; n++) {
    if (!kinds.includes(type(n))) continue
    const key = path(n, depth)
    const group = groups.get(key) ?? { bytes: 0, count: 0 }
    group.bytes += selfSize(n)
    group.count++
    sum += selfSize(n)
    groups.set(key, group)
  }
  console.log(`\n${kinds.join('/')}: ${mb(sum)} MB, by what holds them:`)
  for (const [key, { bytes, count: many }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, top)) {
    console.log(`${mb(bytes).padStart(7)} MB ${String(many).padStart(7)}×  ${key}`)
  }
}
