import { APIError, NotFound, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { isStaffUser } from '@/access/roles'
import { defaultLocale } from '@/i18n/locales'

/** What an anonymous reader of the REST and GraphQL APIs may ask for at most. */
export const anonymousApiLimits = { limit: 100, depth: 2 } as const

const maxId = 2_147_483_647

/** Requests from outside: the REST and GraphQL APIs. The site's own reads use the Local API. */
export const fromApi = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'

const refuse = (message: string) => new APIError(message, 400, undefined, true)

/**
 * A document id from the URL: PostgreSQL's serial ids are positive 32-bit integers; anything else
 * is no document. The URL's own text is what counts: Payload reads it with parseFloat, so
 * `/api/posts/1%20OR%201=1` or `/api/posts/1abc` would otherwise update or delete post 1.
 */
function checkId(id: unknown, req: PayloadRequest): void {
  if (id === undefined) return
  const fromUrl = req.routeParams?.id
  for (const text of [String(id), ...(typeof fromUrl === 'string' ? [fromUrl] : [])]) {
    if (!/^[1-9]\d{0,9}$/.test(text) || Number(text) > maxId) throw new NotFound(req.t)
  }
}

// Payload names finding versions 'read' to this hook; hardenApi refuses those by access instead.
const versionOperations = new Set(['restoreVersion', 'countVersions'])

type ReadArgs = { id?: unknown; limit?: number; depth?: number; pagination?: boolean; draft?: boolean; where?: unknown; currentDepth?: number; disableErrors?: boolean }

const listOperators = new Set(['in', 'not_in', 'all'])

/** A filter's shape: `and`/`or` lists of filters, else field → operator → one value (a list only for in, not_in, all). */
function wellFormed(where: unknown, depth = 0): boolean {
  if (where === undefined) return true
  if (typeof where !== 'object' || where === null || Array.isArray(where) || depth > 8) return false
  return Object.entries(where).every(([key, value]) => {
    if (key.toLowerCase() === 'and' || key.toLowerCase() === 'or') return Array.isArray(value) && value.every((item) => wellFormed(item, depth + 1))
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
    return Object.entries(value).every(([operator, operand]) => !Array.isArray(operand) || listOperators.has(operator))
  })
}

/**
 * The API's bounds: a malformed id, or versions of a collection that keeps none, is a 404 for everyone; an anonymous reader gets at most 100
 * documents and depth 2 per request, no unpaginated lists without a limit, no `locale=all` (it would show the
 * text of a language the document is not published in), and never drafts.
 */
export const apiReadLimits: CollectionBeforeOperationHook = ({ args, collection, operation, req }) => {
  if (!fromApi(req)) return args
  // A collection without versions has no table of them to ask (the query would fail: a 500).
  if (versionOperations.has(operation) && !collection.versions) throw new NotFound(req.t)
  const read = args as ReadArgs
  // Payload's own reads inside this request (relationships it populates) carry a currentDepth.
  if (typeof read.currentDepth === 'number' || read.disableErrors) return args
  checkId(read.id, req)
  if (!wellFormed(read.where)) throw refuse('where is malformed: a list is only for in, not_in and all.')
  // Without ?locale= Payload leaves the locale empty, and a `where` on any field then fails inside Payload.
  req.locale ||= defaultLocale
  if (isStaffUser(req.user) || (operation !== 'read' && operation !== 'count')) return args
  // limit=0 is Payload's "no limit".
  if (read.limit !== undefined && !(read.limit >= 1 && read.limit <= anonymousApiLimits.limit)) throw refuse(`limit must be between 1 and ${anonymousApiLimits.limit}.`)
  if (read.depth !== undefined && read.depth > anonymousApiLimits.depth) throw refuse(`depth may be at most ${anonymousApiLimits.depth}.`)
  // Without a limit it is every document; with one (the S3 adapter looks a file up so: limit 1) it is within the bounds.
  if (read.pagination === false && read.limit === undefined) throw refuse('pagination=false is only for staff.')
  if (req.locale === 'all') throw refuse('locale=all is only for staff: ask for one locale.')
  return { ...args, draft: false }
}
