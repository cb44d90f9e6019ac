/**
 * Next's cache of rendered pages and cached reads (next.config `cacheHandler`), chosen when the
 * server starts so that one build runs both ways:
 * - REDIS_URL set: @fortedigital/nextjs-cache-handler's Redis handler. Every instance reads and writes
 *   the same entries, and a tag expired on one instance (revalidateTag) is expired for all.
 * - otherwise: Next's own handler, in memory only (bounded by next.config `cacheMaxMemorySize`), as before.
 * Neither keeps not-found pages: a page route such as /it/blog/[slug] would keep a made-up slug's 404
 * like a real page, and a crawler's or a scanner's few hundred invented addresses would push the pages
 * visitors read out of the bounded cache. A 404 costs one indexed lookup to render again.
 * Search pages (`/{locale}/search/Found/{key}`) are kept apart, in memory, in a small store of their own
 * (src/config/searchPages.mjs) that any expired tag empties; with Redis they are not kept at all, as
 * another instance's expiry would not reach this one's store.
 * Either way, once Next has expired tags the shared caches in CACHE_PURGE_URLS are purged of them,
 * and this process's own small caches (recent search results) are emptied.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler'
import { ioredisAdapter } from '@fortedigital/nextjs-cache-handler/helpers/ioredisAdapter'
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings'
import { Redis } from 'ioredis'
import fileSystemCache from 'next/dist/server/lib/incremental-cache/file-system-cache.js'
import lruCache from 'next/dist/server/lib/lru-cache.js'
import { announceExpiredTags } from './expiredTags.mjs'
import { purgeEdge } from './purgeEdge.mjs'
import { cacheEntryBytes, compactPage, readablePage } from './renderCacheSize.mjs'
import { isSearchPageKey, searchPageStore } from './searchPages.mjs'

/** Whether a cache value is a rendered page answering 404 (App Router or Pages Router). */
function isNotFoundPage(data) {
  return Boolean(data) && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status === 404
}

const building = process.env.NEXT_PHASE === 'phase-production-build'
const useRedis = Boolean(process.env.REDIS_URL) && !building

if (useRedis) {
  CacheHandler.onCreation(({ buildId }) => {
    globalThis.siteRedisCache ??= (() => {
      const client = new Redis(process.env.REDIS_URL, { lazyConnect: false, maxRetriesPerRequest: 2 })
      client.on('error', (error) => console.error(`Redis cache: ${error.message}`))
      // One build's entries never reach another build: its pages may render differently.
      const keyPrefix = `${process.env.REDIS_KEY_PREFIX ?? 'site'}:${buildId ?? 'dev'}:`
      return { handlers: [createRedisHandler({ client: ioredisAdapter(client), keyPrefix, timeoutMs: 2000 })] }
    })()
    return globalThis.siteRedisCache
  })
}

// Node's own import gives the CommonJS exports object; the proxy's bundle (Turbopack) gives its default.
const FileSystemCache = typeof fileSystemCache === 'function' ? fileSystemCache : fileSystemCache.default
const { LRUCache } = lruCache.LRUCache ? lruCache : lruCache.default
const Base = useRedis ? CacheHandler : FileSystemCache
const searchPages = searchPageStore()

export default class SiteCacheHandler extends Base {
  constructor(ctx) {
    // In memory: Next's store, bounded by what its entries really occupy (src/config/renderCacheSize.mjs)
    // rather than Next's estimate; set before Next's constructor, which keeps a store already there.
    if (!useRedis && ctx?.maxMemoryCacheSize) FileSystemCache.memoryCache ??= new LRUCache(ctx.maxMemoryCacheSize, cacheEntryBytes)
    super(ctx)
  }

  async get(cacheKey, ctx) {
    if (isSearchPageKey(cacheKey)) return useRedis ? null : readablePage(searchPages.get(cacheKey))
    const entry = await super.get(cacheKey, ctx)
    return useRedis ? entry : readablePage(entry)
  }

  // The Redis handler takes a page's tags from its x-next-cache-tags header but a route handler's
  // (feeds, sitemaps, calendars) only from `ctx.tags`, which Next leaves empty for them: without
  // the header's tags a sitemap would outlive every expiry on the other instances.
  async set(cacheKey, value, ctx) {
    if (isNotFoundPage(value)) return
    if (isSearchPageKey(cacheKey)) return useRedis ? undefined : searchPages.set(cacheKey, compactPage(value), ctx?.cacheControl)
    if (!useRedis) return super.set(cacheKey, compactPage(value), ctx)
    const header = value?.kind === 'APP_ROUTE' ? value.headers?.['x-next-cache-tags'] : undefined
    if (!header) return super.set(cacheKey, value, ctx)
    const tags = [...new Set([...(ctx?.tags ?? []), ...String(header).split(',')])]
    return super.set(cacheKey, value, { ...ctx, tags })
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations)
    searchPages.clear()
    const expired = typeof tags === 'string' ? [tags] : tags
    announceExpiredTags(expired)
    await purgeEdge(expired)
  }
}
