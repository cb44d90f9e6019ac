import 'server-only'
import { unstable_cache } from 'next/cache'
import { type CacheSource, cacheTag } from './cacheTags'

/**
 * Reads the CMS once and keeps the answer in Next's data cache until a collection hook
 * revalidates one of the sources it depends on. The arguments become part of the cache key.
 */
export function cached<Args extends unknown[], Result>(
  name: string,
  sources: CacheSource[],
  read: (...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return unstable_cache(read, [name], { tags: sources.map(cacheTag) })
}
