import { revalidateTag } from 'next/cache'
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionBeforeOperationHook,
  GlobalAfterChangeHook,
  PayloadRequest,
  RequestContext,
} from 'payload'
import { type CacheSource, cacheTag } from '@/lib/cms/read/cacheTags'
import { afterCommit } from './afterCommit'
import { expireOverHttp } from './expireOverHttp'
import { isJobsWorker } from '@/config/jobsWorker'

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
  // The job worker (scripts/worker.ts) is no Next server: it asks one over HTTP.
  if (context.disableRevalidate || !(process.env.NEXT_RUNTIME || isJobsWorker())) return
  // After the commit: expired earlier, a request still reading the old rows would cache them again.
  await afterCommit(req, () => expireNow(source, req))
}

async function expireNow(source: CacheSource, req: PayloadRequest) {
  try {
    if (req.payloadAPI === 'local' || !process.env.NEXT_RUNTIME) await expireOverHttp([cacheTag(source)])
    // expire: 0 makes the next visit render fresh content instead of serving the stale copy once.
    else revalidateTag(cacheTag(source), { expire: 0 })
  } catch (error) {
    req.payload.logger.error({ err: error, msg: `Could not revalidate ${source}` })
  }
}

type SaveArgs = { draft?: boolean; data?: { _status?: unknown } }

/**
 * Whether this save only writes a draft version (autosave, "save draft"): visitors see nothing new.
 * Decided from the operation's arguments, as Payload does, because the document's state cannot
 * tell: after "publish in one language" the latest version is a draft snapshot even though the
 * document is published, and an unpublish looks like a draft save.
 */
const savesDraftOnly = (args: SaveArgs) => Boolean(args.draft) && args.data?._status !== 'published'

type Context = RevalidateContext & { savingDraftOnly?: boolean }

/** Hooks that expire a collection's pages when what visitors see may have changed. */
export function revalidateCollection(source: CacheSource): {
  beforeOperation: CollectionBeforeOperationHook[]
  afterChange: CollectionAfterChangeHook[]
  afterDelete: CollectionAfterDeleteHook[]
} {
  return {
    beforeOperation: [
      ({ args, operation, context }) => {
        if (operation === 'create' || operation === 'update') (context as Context).savingDraftOnly = savesDraftOnly(args as SaveArgs)
        return args
      },
    ],
    afterChange: [
      async ({ doc, req, context }) => {
        if (!(context as Context).savingDraftOnly) await expireSource(source, req, context)
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
