/**
 * Tells every shared cache named in CACHE_PURGE_URLS (comma-separated, e.g. Varnish's
 * http://varnish:80/) to drop what it keeps under these cache tags: a `PURGE` request with the tags
 * in the `xkey` header, which deploy/varnish/default.vcl hands to its xkey module. Called by the
 * cache handler after Next has expired the tags, so a cache that refetches at once gets the new page.
 * A cache that cannot be reached is logged, never fatal: its copies still end with their s-maxage.
 */
export async function purgeEdge(tags, urls = process.env.CACHE_PURGE_URLS) {
  const ours = tags.filter((tag) => tag.startsWith('cms:'))
  const targets = (urls ?? '').split(',').map((url) => url.trim()).filter(Boolean)
  if (ours.length === 0 || targets.length === 0) return
  await Promise.all(
    targets.map(async (url) => {
      try {
        const response = await fetch(url, { method: 'PURGE', headers: { xkey: ours.join(' ') }, signal: AbortSignal.timeout(5000) })
        if (!response.ok) console.error(`Purging ${ours.join(' ')} at ${url}: answered ${response.status}`)
      } catch (error) {
        console.error(`Purging ${ours.join(' ')} at ${url}: ${error instanceof Error ? error.message : error}`)
      }
    }),
  )
}
