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
    bytes += stringBytes(value.html) + bufferBytes(value.rscData) + stringBytes(value.postponed)
    for (const [segment, buffer] of value.segmentData ?? []) bytes += stringBytes(segment) + bufferBytes(buffer)
    if (value.pageData) bytes += stringBytes(JSON.stringify(value.pageData))
  } else if (value.kind === 'APP_ROUTE') bytes += bufferBytes(value.body)
  else if (value.kind === 'FETCH') bytes += stringBytes(value.data?.body) + stringBytes(JSON.stringify(value.data?.headers ?? {}))
  else bytes += stringBytes(JSON.stringify(value.props ?? value) ?? '')
  return bytes
}

/** The page's buffers, each owning exactly its bytes (see ownedBuffer); other kinds as they are. */
export function withOwnedBuffers(value) {
  if (value?.kind !== 'APP_PAGE') return value
  const segmentData = value.segmentData && new Map([...value.segmentData].map(([segment, buffer]) => [segment, ownedBuffer(buffer)]))
  return { ...value, rscData: ownedBuffer(value.rscData), ...(segmentData ? { segmentData } : {}) }
}
