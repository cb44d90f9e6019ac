import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'
import { type CacheSource, cacheTag } from '@/lib/cms/cacheTags'
import { expireOverHttp } from './expireOverHttp'

export type RevalidateContext = RequestContext & { disableRevalidate?: boolean }

/**
 * Expires the site's cached pages that read `source`. Seeds and imports pass
 * `context.disableRevalidate`; scripts (no Next server around them) have nothing to expire.
 *
 * A save through the admin or the REST/GraphQL API runs inside a request, where `revalidateTag`
 * works. A Local API save inside the server (the jobs runner publishing on schedule) does not: its
 * timer may even carry the async context of a request long finished, where `revalidateTag`
 * silently marks nothing. Those ask this server's revalidation route, which runs in a request.
 */
export async function expireSource(source: CacheSource, req: PayloadRequest, context: RevalidateContext) {
  if (context.disableRevalidate || !process.env.NEXT_RUNTIME) return
  try {
    if (req.payloadAPI === 'local') await expireOverHttp([cacheTag(source)])
    // expire: 0 makes the next visit render fresh content instead of serving the stale copy once.
    else revalidateTag(cacheTag(source), { expire: 0 })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${source}` })
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
      async ({ doc, previousDoc, req, context }) => {
        // Autosaved drafts do not change what visitors see; publishing and unpublishing do.
        if (visibleToVisitors(doc) || wasPublished(previousDoc)) await expireSource(source, req, context)
        return doc
      },
    ],
    afterDelete: [
      async ({ doc, req, context }) => {
        await expireSource(source, req, context)
        return doc
      },
    ],
  }
}

export function revalidateGlobal(source: CacheSource): GlobalAfterChangeHook[] {
  return [
    async ({ doc, req, context }) => {
      await expireSource(source, req, context)
      return doc
    },
  ]
}
