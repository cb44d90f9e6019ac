import { Kind, parse } from 'graphql'
import { cacheSources } from '@/lib/cms/read/cacheTags'

/** Payload's session (`payload-token`) or Next's draft mode: a request with either is never answered from a cache. */
const sessionCookie = /(?:^|;\s*)(?:payload-token|__prerender_bypass)=/

/** No credentials of any kind: Payload reads a session from this cookie or from `Authorization` (JWT, API key). */
export const isAnonymous = (headers: Headers) => !headers.has('authorization') && !sessionCookie.test(headers.get('cookie') ?? '')

const sources = cacheSources.join('|')
/** A list, one document by id, a count, or a global: the reads whose answer depends only on the content. */
const documentRead = new RegExp(`^/api/(?:(?:${sources})(?:/(?:\\d+|count))?|globals/(?:${sources}))$`)
const graphQLPath = '/api/graphql'
/** A GraphQL query longer than this is no public reader's: it is answered, not kept. */
const maxGraphQLBody = 16 * 1024

export type ApiRead = { kind: 'read'; key: string } | { kind: 'other' }

/** The same query whatever the order of its parameters (stable: repeated names keep their order). */
function sortedQuery(url: URL): string {
  const params = new URLSearchParams(url.search)
  params.sort()
  return params.toString()
}

/** Only queries: a mutation, a subscription or a document that does not parse is never kept. */
function onlyQueries(query: string): boolean {
  try {
    return parse(query).definitions.every((definition) => definition.kind !== Kind.OPERATION_DEFINITION || definition.operation === 'query')
  } catch {
    return false
  }
}

async function graphQLKey(request: Request): Promise<string | undefined> {
  if (!/^application\/json\b/i.test(request.headers.get('content-type') ?? '')) return undefined
  const length = Number(request.headers.get('content-length') ?? NaN)
  if (!(length <= maxGraphQLBody)) return undefined
  let body: unknown
  try {
    body = JSON.parse(await request.clone().text())
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const { query, variables, operationName } = body as Record<string, unknown>
  if (typeof query !== 'string' || !onlyQueries(query)) return undefined
  return JSON.stringify([query, variables ?? null, operationName ?? null])
}

/**
 * Whether a request to the API is a read whose answer can be kept for every anonymous reader, and
 * under which key: the method, the path, the query parameters in a fixed order, the body of a
 * GraphQL query, and the origin when it is one the API answers with CORS headers (`corsOrigins`).
 */
export async function apiReadKey(request: Request, corsOrigins: readonly string[]): Promise<ApiRead> {
  const url = new URL(request.url)
  const origin = request.headers.get('origin') ?? ''
  const kept = corsOrigins.includes(origin) ? origin : ''
  if (request.method === 'GET' && documentRead.test(url.pathname)) return { kind: 'read', key: `GET ${url.pathname}?${sortedQuery(url)} ${kept}` }
  if (request.method === 'POST' && url.pathname === graphQLPath) {
    const query = await graphQLKey(request)
    if (query) return { kind: 'read', key: `POST ${graphQLPath}?${sortedQuery(url)} ${kept} ${query}` }
  }
  return { kind: 'other' }
}
