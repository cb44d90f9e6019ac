import 'server-only'
import { LRUCache } from 'lru-cache'
import { onExpiredTags } from '@/config/expiredTags.mjs'
import type { SearchInput, SearchResults } from './searchDocuments'

/**
 * The results of searches asked for in the last minute, at most 2 MB of them: a search typed by
 * many (a link shared, a crawler) costs one query a minute, and queries typed once stay out of
 * Next's cache, which keeps the pages. Emptied as soon as an editor's change expires any cache tag
 * in this process; another instance (README, "Scaling out") sees a change within the minute.
 */
const recent = new LRUCache<string, SearchResults>({
  max: 1000,
  maxSize: 2 * 1024 * 1024,
  sizeCalculation: (results) => Math.max(1, JSON.stringify(results).length),
  ttl: 60_000,
})
// Counts the expiries: results read while one happened may predate it and are not remembered.
let expiries = 0
onExpiredTags(() => {
  expiries += 1
  recent.clear()
})

/** The results for `input`: remembered, or read by `search` and remembered. */
export async function recentSearch(input: SearchInput, search: (input: SearchInput) => Promise<SearchResults>): Promise<SearchResults> {
  const key = JSON.stringify([input.locale, input.query, input.limit ?? null, input.offset ?? null])
  const remembered = recent.get(key)
  if (remembered) return remembered
  const before = expiries
  const results = await search(input)
  if (expiries === before) recent.set(key, results)
  return results
}
