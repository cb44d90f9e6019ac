/**
 * Tells the caches kept outside Next's (a short-lived cache of search results) that Next has
 * expired cache tags in this process: the cache handler (src/config/cacheHandler.mjs) announces
 * them, whichever way they were expired (a hook, the revalidation route). Through `process`: the
 * handler is loaded by Node, the listeners live in the server's bundles, each with its own copy
 * of this module.
 */
const event = 'site:cache-tags-expired'

/** @param {string[]} tags */
export function announceExpiredTags(tags) {
  process.emit(event, tags)
}

/** @param {(tags: string[]) => void} listener */
export function onExpiredTags(listener) {
  process.on(event, listener)
}
