/**
 * Rendered search pages (`/{locale}/search/Found/{key}`, one per search with words), kept by the
 * cache handler apart from Next's store: at most 4 MB of them and 10 minutes each, so that searches
 * typed once push out other searches, never the pages visitors come back to. Any expired cache tag
 * empties it (an editor's change may change any search's results). A render that began before
 * an expiry may show results from before it: it is kept only if no expiry came between the miss
 * that started it and its store.
 */
import { LRUCache } from 'lru-cache'
import { cacheEntryBytes } from './renderCacheSize.mjs'

const foundPage = /\/(it|en)\/search\/Found\/[^/]+$/

/** Whether a render-cache key (a page's path, scoped by Next to its route) is a search page's. */
export const isSearchPageKey = (key) => typeof key === 'string' && foundPage.test(key)

export function searchPageStore({ maxBytes = 4 * 1024 * 1024, ttlMs = 10 * 60_000 } = {}) {
  const pages = new LRUCache({ maxSize: maxBytes, sizeCalculation: (entry, key) => cacheEntryBytes(entry, key), ttl: ttlMs })
  // Keys missed since the last expiry: only their renders may be stored.
  const missed = new Set()
  return {
    get(key) {
      const entry = pages.get(key)
      // Past its own lifetime (a read in it lives shorter) it is rendered again, not served stale.
      const revalidate = entry?.cacheControl?.revalidate
      if (entry && !(typeof revalidate === 'number' && Date.now() - entry.lastModified > revalidate * 1000)) return entry
      pages.delete(key)
      if (missed.size >= 1000) missed.clear()
      missed.add(key)
      return null
    },
    set(key, value, cacheControl) {
      if (missed.delete(key) && value) pages.set(key, { value, lastModified: Date.now(), cacheControl })
    },
    clear() {
      pages.clear()
      missed.clear()
    },
    get bytes() {
      return pages.calculatedSize
    },
  }
}
