import { type CacheSource, cacheSources, cacheTag } from '../lib/cms/read/cacheTags'

/**
 * How long a shared cache (Varnish, a CDN) may keep a public page without asking again, and how
 * long after that it may still answer with the old copy while it fetches a new one. Varnish is
 * purged by tag the moment an editor saves, so this only bounds a cache that is never purged.
 */
export const EDGE_MAX_AGE_SECONDS = 300
export const EDGE_STALE_SECONDS = 60

export const PUBLIC_CACHE_CONTROL = `public, max-age=0, s-maxage=${EDGE_MAX_AGE_SECONDS}, stale-while-revalidate=${EDGE_STALE_SECONDS}`
export const PRIVATE_CACHE_CONTROL = 'private, no-store'
/** Uploaded files: a browser keeps one a minute; a shared cache a day, purged by `cms:media` when a file changes. */
export const MEDIA_CACHE_CONTROL = `public, max-age=60, s-maxage=86400, stale-while-revalidate=${EDGE_STALE_SECONDS}`

/** The header Varnish's xkey module indexes objects by: the cache tags of what the response shows, space-separated. */
export const XKEY_HEADER = 'xkey'

const xkey = (sources: readonly CacheSource[]) => ({ key: XKEY_HEADER, value: sources.map(cacheTag).join(' ') })

/** What every page's layout reads (src/lib/cms/site.ts). */
const site: CacheSource[] = ['site-settings', 'navigation', 'pages']

/**
 * The sources of each section's list and document pages (the loaders in src/lib/cms/*: each
 * declares what it reads). Paths in both languages. Anything else under a locale (home, pages with
 * blocks, feeds, preview cards, widgets) is tagged with every source.
 */
const sections: { names: string; sources: CacheSource[] }[] = [
  { names: 'blog', sources: ['posts', 'media', 'categories', 'tags', 'events', 'spaces', 'projects', 'users'] },
  { names: 'eventi|events|calendar', sources: ['events', 'spaces', 'projects', 'posts', 'media'] },
  { names: 'spazi|spaces', sources: ['spaces', 'events', 'posts', 'media'] },
  { names: 'progetti|projects', sources: ['projects', 'spaces', 'events', 'posts', 'media'] },
]

const privateAnswer = [{ key: 'Cache-Control', value: PRIVATE_CACHE_CONTROL }]
/** A draft preview (Next's draft-mode cookie) or a signed-in editor: never stored by anyone. */
const sessionCookies = ['__prerender_bypass', 'payload-token']

/**
 * next.config `headers()` for shared caches: later rules win for the same header. Next keeps a
 * Cache-Control set here instead of its own (`s-maxage=31536000` for a cached page).
 */
export const edgeCacheHeaders = [
  ...['/:locale(it|en)', '/:locale(it|en)/:path*', '/sitemap.xml', '/sitemap/:path*'].map((source) => ({
    source,
    headers: [{ key: 'Cache-Control', value: PUBLIC_CACHE_CONTROL }, xkey([...cacheSources])],
  })),
  ...sections.map(({ names, sources }) => ({
    source: `/:locale(it|en)/:section(${names})/:path*`,
    headers: [xkey([...new Set([...sources, ...site])])],
  })),
  // Search answers each query afresh (and is rate limited by the proxy).
  { source: '/:locale(it|en)/:section(cerca|search)/:path*', headers: privateAnswer },
  ...['/:locale(it|en)', '/:locale(it|en)/:path*', '/sitemap.xml', '/sitemap/:path*'].flatMap((source) =>
    sessionCookies.map((key) => ({ source, has: [{ type: 'cookie' as const, key }], headers: privateAnswer })),
  ),
  { source: '/api/media/file/:path*', headers: [{ key: 'Cache-Control', value: MEDIA_CACHE_CONTROL }, xkey(['media'])] },
]

/**
 * withPayload adds `Accept-CH`, `Critical-CH` and `Vary: Sec-CH-Prefers-Color-Scheme` to every path:
 * the admin's theme needs them, but on the site Critical-CH makes Chromium fetch each first page
 * twice and the Vary splits every shared cache by colour scheme. Keeps them on /admin only.
 */
export function clientHintsOnlyForAdmin<Rule extends { source: string; headers: { key: string }[] }>(rules: Rule[]): Rule[] {
  return rules.flatMap((rule) => {
    const hints = rule.headers.some(({ key }) => /^(accept-ch|critical-ch)$/i.test(key))
    if (!hints || rule.source !== '/:path*') return [rule]
    return ['/admin', '/admin/:path*'].map((source) => ({ ...rule, source }))
  })
}
