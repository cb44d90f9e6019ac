/**
 * Next's own in-memory render cache (`cacheMaxMemorySize`, least recently used evicted first), minus
 * the not-found answers. A page route such as /it/blog/[slug] renders a made-up slug once and, by
 * default, keeps that 404 like a real page: a crawler's or a scanner's few hundred invented addresses
 * then push the pages visitors read out of the bounded cache. A 404 costs one indexed lookup to
 * render again, so it is never stored. (Search pages are dynamic and never reach this cache.)
 *
 * Plain JavaScript: Next loads it at run time (next.config `cacheHandler`), in the standalone server too.
 */
import FileSystemCacheModule from 'next/dist/server/lib/incremental-cache/file-system-cache.js'

const FileSystemCache = FileSystemCacheModule.default ?? FileSystemCacheModule

/** Whether a cache value is a rendered page answering 404 (App Router or Pages Router). */
export function isNotFoundPage(data) {
  return Boolean(data) && (data.kind === 'APP_PAGE' || data.kind === 'PAGES') && data.status === 404
}

export default class RenderCache extends FileSystemCache {
  async set(key, data, ctx) {
    if (isNotFoundPage(data)) return
    return super.set(key, data, ctx)
  }
}
