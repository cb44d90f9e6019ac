import 'server-only'
import { unstable_cache } from 'next/cache'
import { cache } from 'react'
import { noteDatabaseError } from '@/db/health'
import { type CacheSource, cacheTag } from './cacheTags'

/**
 * How long a cached read is trusted without a hook expiring it: a day. Hooks expire entries at
 * once when an editor saves; the lifetime only bounds how long an entry nobody expired lives.
 */
export const CACHE_LIFETIME_SECONDS = 24 * 60 * 60

/** Thrown inside the cache for an absent document, so that Next's cache does not keep it. */
class Absent extends Error {}

/**
 * Reads the CMS once and keeps the answer in Next's data cache until a collection hook
 * revalidates one of the sources it depends on, or its lifetime ends. The arguments become part
 * of the cache key. An absent document (`null`) is not kept: a scan of made-up slugs costs one
 * indexed lookup each and takes no room from the pages visitors read. A read keyed by the clock
 * passes a shorter `lifetimeSeconds`, so that its entries leave the cache with their time.
 */
export function cached<Args extends unknown[], Result>(
  name: string,
  sources: CacheSource[],
  read: (...args: Args) => Promise<Result>,
  lifetimeSeconds = CACHE_LIFETIME_SECONDS,
): (...args: Args) => Promise<Result> {
  const keep = unstable_cache(
    async (...args: Args) => {
      const result = await read(...args)
      if (result === null) throw new Absent()
      return result
    },
    [name],
    { tags: sources.map(cacheTag), revalidate: lifetimeSeconds },
  )
  // Within one render (a layout's metadata and the page both read the site, say), one call per
  // arguments: after an expiry the second caller waits for the first read instead of repeating it.
  return cache(async (...args: Args) => {
    try {
      return await keep(...args)
    } catch (error) {
      if (error instanceof Absent) return null as Result
      noteDatabaseError(error)
      throw error
    }
  })
}
