import 'server-only'
import { unstable_cache } from 'next/cache'
import { allowedOrigins } from '@/config/allowedOrigins'
import { EDGE_MAX_AGE_SECONDS, PRIVATE_CACHE_CONTROL, PUBLIC_CACHE_CONTROL, XKEY_HEADER } from '@/config/edgeCache'
import { getEnv } from '@/config/env'
import { cacheSources, cacheTag } from '@/lib/cms/read/cacheTags'
import { apiReadKey, isAnonymous } from './apiReadKey'

/** An answer as kept: what the response said, without what belongs to one connection. */
type KeptAnswer = { status: number; headers: [string, string][]; body: string }

/** Bigger answers are served, not kept: one entry never takes much of the cache the pages share. */
const maxKeptBody = 256 * 1024
const perConnection = new Set(['set-cookie', 'date', 'content-length', 'content-encoding', 'transfer-encoding', 'connection', 'keep-alive'])
// An API answer may show any collection (relationships, depth): every tag expires it.
const tags = cacheSources.map(cacheTag)
let corsOrigins: string[] | undefined
/** The origins Payload answers with CORS headers (payload.config `cors`): they are part of the answer. */
const origins = () => (corsOrigins ??= allowedOrigins(getEnv().NEXT_PUBLIC_SERVER_URL))

/** Thrown inside the cache for an answer it must not keep (an error, a refusal, a large body). */
class NotKept extends Error {
  constructor(readonly answer: KeptAnswer) {
    super('not kept')
  }
}

async function keptAnswer(response: Response): Promise<KeptAnswer> {
  const headers = [...response.headers].filter(([name]) => !perConnection.has(name.toLowerCase()))
  return { status: response.status, headers, body: await response.text() }
}

function keepable({ status, body }: KeptAnswer, graphQL: boolean): boolean {
  // GraphQL answers a failed resolver with 200 and `errors`: an outage must not be kept.
  return status === 200 && body.length <= maxKeptBody && !(graphQL && body.includes('"errors"'))
}

function answer({ status, headers, body }: KeptAnswer, extra: Record<string, string>): Response {
  const response = new Response(body, { status, headers })
  for (const [name, value] of Object.entries(extra)) response.headers.set(name, value)
  return response
}

/**
 * The request as a plain one for Payload: Next refuses reads of a route's own request inside
 * `unstable_cache` (it could be dynamic data the cache key leaves out; here the key holds it).
 */
async function detached(request: Request): Promise<Request> {
  const body = request.method === 'GET' || request.method === 'HEAD' ? undefined : await request.text()
  return new Request(request.url, { method: request.method, headers: new Headers(request.headers), body })
}

function privately(response: Response): Response {
  const headers = new Headers(response.headers)
  headers.set('Cache-Control', PRIVATE_CACHE_CONTROL)
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

/**
 * Anonymous reads of the REST and GraphQL APIs (lists, documents, counts, globals, GraphQL
 * queries) answered from Next's data cache, the one cached pages use (in memory, bounded, or
 * Redis): expired by the same cache tags when an editor saves, and after EDGE_MAX_AGE_SECONDS at
 * the latest. Payload computes the first answer with the anonymous reader's access and limits, so
 * drafts and hidden fields never enter. A request with a session or an API key is never answered
 * from the cache nor kept, and its answer says `private, no-store`.
 */
export function answerAnonymousReadsFromCache<Args extends unknown[]>(handler: (request: Request, ...args: Args) => Promise<Response>) {
  return async (request: Request, ...args: Args): Promise<Response> => {
    const read = await apiReadKey(request, origins())
    if (read.kind === 'other') return handler(request, ...args)
    if (!isAnonymous(request.headers)) return privately(await handler(request, ...args))
    const graphQL = request.method === 'POST'
    const plain = await detached(request)
    let computed = false
    const keep = unstable_cache(
      async () => {
        computed = true
        const kept = await keptAnswer(await handler(plain.clone(), ...args))
        if (!keepable(kept, graphQL)) throw new NotKept(kept)
        return kept
      },
      ['api-read', read.key],
      { tags, revalidate: EDGE_MAX_AGE_SECONDS },
    )
    try {
      const kept = await keep()
      return answer(kept, {
        'Cache-Control': PUBLIC_CACHE_CONTROL,
        [XKEY_HEADER]: tags.join(' '),
        Vary: 'Origin, Authorization, Cookie',
        'X-API-Cache': computed ? 'MISS' : 'HIT',
      })
    } catch (error) {
      if (error instanceof NotKept) return answer(error.answer, {})
      throw error
    }
  }
}
