import 'server-only'
import type { Locale } from '@/i18n/locales'
import type { CacheSource } from './cacheTags'
import { cached } from './cached'
import { previewViewer } from './previewViewer'
import { draftRead, publicRead, type ReadOptions } from './publicRead'

/**
 * A document read that visitors get from the cache, exactly as before, and that a previewing
 * editor gets fresh from the database with the latest draft (never cached, never shared).
 */
export function previewable<Args extends [Locale, ...unknown[]], Result>(
  name: string,
  sources: CacheSource[],
  read: (options: ReadOptions, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  const cachedPublic = cached(name, sources, (...args: Args) => read(publicRead(args[0]), ...args))
  return async (...args: Args) => {
    const viewer = await previewViewer()
    return viewer ? read(draftRead(args[0], viewer), ...args) : cachedPublic(...args)
  }
}
