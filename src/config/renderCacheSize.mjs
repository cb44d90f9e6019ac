/**
 * What an entry of the in-memory render cache (rendered pages, route answers, cached reads) really
 * occupies, for the cache's bound (next.config `cacheMaxMemorySize`). Next's own estimate counts a
 * page's HTML by its length, but one character outside Latin-1 (the ← and → of a post's links to
 * the previous and next post, a typographic quote) makes V8 keep the whole string at two bytes a
 * character: after a 90 s load the cache held 38 MB under its 32 MB bound (README, "At scale", Memory).
 */

/** Bytes V8 keeps for a string: one a character while every character is Latin-1, two otherwise. */
export function stringBytes(text) {
  if (typeof text !== 'string') return 0
  return /[^\u0000-\u00ff]/.test(text) ? text.length * 2 : text.length
}

/** Bytes a buffer keeps alive: its whole backing store, which for a small slice is Node's shared 8 kB pool slab. */
export function bufferBytes(buffer) {
  return buffer ? buffer.buffer.byteLength : 0
}

/** A buffer that owns exactly its bytes: a small slice would keep a pool slab alive as long as the cache keeps it. */
export function ownedBuffer(buffer) {
  if (!buffer || buffer.byteLength === buffer.buffer.byteLength) return buffer
  const copy = new Uint8Array(buffer) // its own ArrayBuffer of exactly these bytes
  return Buffer.from(copy.buffer, 0, copy.byteLength)
}

// The entry's objects, the Map slot, the list node: a rough constant beside the data.
const entryOverhead = 256

/** The size of a stored entry (`{ value, lastModified }`) under `key`, in bytes. */
export function cacheEntryBytes({ value }, key) {
  let bytes = entryOverhead + stringBytes(key)
  if (!value) return bytes
  if (value.kind === 'APP_PAGE' || value.kind === 'PAGES') {
    bytes += htmlBytes(value.html) + bufferBytes(value.rscData) + stringBytes(value.postponed)
    for (const [segment, buffer] of value.segmentData ?? []) bytes += stringBytes(segment) + bufferBytes(buffer)
    if (value.pageData) bytes += stringBytes(JSON.stringify(value.pageData))
  } else if (value.kind === 'APP_ROUTE') bytes += bufferBytes(value.body)
  else if (value.kind === 'FETCH') bytes += stringBytes(value.data?.body) + stringBytes(JSON.stringify(value.data?.headers ?? {}))
  else bytes += stringBytes(JSON.stringify(value.props ?? value) ?? '')
  return bytes
}

const htmlBytes = (html) => (Buffer.isBuffer(html) ? bufferBytes(html) : stringBytes(html))

/**
 * A page as the in-memory caches keep it: its buffers each owning exactly its bytes (see
 * ownedBuffer), and its HTML as UTF-8 bytes. As a string, one arrow or typographic quote made V8
 * keep the whole page at two bytes a character, inside the heap that every full collection marks
 * and whose size sets when the next one comes; as bytes it is half that, outside the heap.
 * `readablePage` gives Next its string back. Other kinds as they are.
 */
export function compactPage(value) {
  if (value?.kind !== 'APP_PAGE') return value
  const segmentData = value.segmentData && new Map([...value.segmentData].map(([segment, buffer]) => [segment, ownedBuffer(buffer)]))
  const html = typeof value.html === 'string' ? ownedBuffer(Buffer.from(value.html, 'utf8')) : value.html
  return { ...value, html, rscData: ownedBuffer(value.rscData), ...(segmentData ? { segmentData } : {}) }
}

/** A stored entry (`{ value, lastModified }`) as Next reads it: a compacted page's HTML a string again. */
export function readablePage(entry) {
  const value = entry?.value
  if (value?.kind !== 'APP_PAGE' || !Buffer.isBuffer(value.html)) return entry
  return { ...entry, value: { ...value, html: value.html.toString('utf8') } }
}
