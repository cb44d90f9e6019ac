import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'
import { type CacheSource, cacheTag } from '@/lib/cms/cacheTags'

export type RevalidateContext = RequestContext & { disableRevalidate?: boolean }

/**
 * Expires the site's cached pages that read `source`. Seeds and imports pass
 * `context.disableRevalidate`; scripts (no Next server around them) have nothing to expire.
 */
export function expireSource(source: CacheSource, req: PayloadRequest, context: RevalidateContext) {
  if (context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  try {
    // expire: 0 makes the next visit render fresh content instead of serving the stale copy once.
    revalidateTag(cacheTag(source), { expire: 0 })
  } catch (error) {
    // Outside a request (a job run by the cron timer) Next has no cache store to mark.
    req.payload.logger.warn({ err: error, msg: `Could not revalidate ${source}` })
  }
}

type Versioned = { _status?: string | null } | undefined
const visibleToVisitors = (doc: Versioned) => doc?._status !== 'draft'
const wasPublished = (doc: Versioned) => doc?._status === 'published'

/** Hooks that expire a collection's pages when a published document changes or leaves. */
export function revalidateCollection(source: CacheSource): {
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    afterChange: [
      ({ doc, previousDoc, req, context }) => {
        // Autosaved drafts do not change what visitors see; publishing and unpublishing do.
        if (visibleToVisitors(doc) || wasPublished(previousDoc)) expireSource(source, req, context)
        return doc
      },
    ],
    afterDelete: [
      ({ doc, req, context }) => {
        expireSource(source, req, context)
        return doc
      },
    ],
  }
}

export function revalidateGlobal(source: CacheSource): GlobalAfterChangeHook[] {
  return [
    ({ doc, req, context }) => {
      expireSource(source, req, context)
      return doc
    },
  ]
}
