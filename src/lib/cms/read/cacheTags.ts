/**
 * The cache tags of the public site: one per collection and per global. A page is tagged with
 * every source it reads, so a change to a document invalidates every page, list, feed, sitemap and
 * search result that could show it, in every locale and under any slug, old or new.
 */
export const cacheSources = [
  'posts',
  'events',
  'spaces',
  'projects',
  'pages',
  'forms',
  'media',
  'categories',
  'tags',
  'users',
  'site-settings',
  'navigation',
  'redirects',
  // The seats left on event pages: expired by every registration, which changes nothing else.
  'registrations',
] as const

export type CacheSource = (typeof cacheSources)[number]

export const cacheTag = (source: CacheSource) => `cms:${source}`

export function isCacheSource(value: string): value is CacheSource {
  return (cacheSources as readonly string[]).includes(value)
}
