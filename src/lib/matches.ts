/**
 * Whether `current` (a document read at depth 0) already holds everything in `wanted`: keys that
 * `wanted` leaves out, and ids Payload adds to array rows, do not count.
 */
export function matches(current: unknown, wanted: unknown): boolean {
  if (wanted === undefined) return true
  if (Array.isArray(wanted)) {
    return Array.isArray(current) && current.length === wanted.length && wanted.every((item, i) => matches(current[i], item))
  }
  if (wanted !== null && typeof wanted === 'object') {
    if (current === null || typeof current !== 'object') return false
    return Object.entries(wanted).every(([key, value]) => matches((current as Record<string, unknown>)[key], value))
  }
  return (current ?? null) === wanted
}
