import type { NextRequest } from 'next/server'
import { databaseAvailable } from '@/db/health'
import { isLocale } from '@/i18n/locales'
import { clientAddress, consume, tooManyRequests } from '@/lib/rateLimit/rateLimiter'
import { normalizeUrl } from './normalizeUrl'
import { plainPage } from './plainPage'
import { rateLimitBucket } from './rateLimitBucket'

/**
 * What the proxy checks before anything else reads a request: the path and query decode (else a
 * 400 in the visitor's language, before any page or query sees them) and the client is within its
 * allowance (else a 429 with Retry-After).
 */
export async function edgeGate(request: NextRequest): Promise<Response | undefined> {
  const { pathname, search } = request.nextUrl
  const api = pathname.startsWith('/api/')
  if (!api && normalizeUrl(pathname, search)?.kind === 'bad') return plainPage('badRequest', pathname)
  const bucket = rateLimitBucket(request.method, pathname)
  if (bucket) {
    const retryAfter = await consume(bucket, clientAddress(request.headers))
    if (retryAfter) return tooManyRequests(retryAfter, api)
  }
  return undefined
}

/** The one redirect to the canonical spelling: no trailing slash, a lower-case locale. */
export function canonicalRedirect(request: NextRequest): Response | undefined {
  const normalized = normalizeUrl(request.nextUrl.pathname, request.nextUrl.search)
  // A relative Location: right behind any proxy, whatever host or address the server listens on.
  return normalized?.kind === 'redirect' ? new Response(null, { status: 308, headers: { Location: normalized.location } }) : undefined
}

/** While the database does not answer, a page that would need it is a localized 503 with Retry-After. */
export async function databaseOutage(request: NextRequest): Promise<Response | undefined> {
  const locale = request.nextUrl.pathname.split('/')[1]
  if (!isLocale(locale) || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined
  return (await databaseAvailable()) ? undefined : plainPage('unavailable', request.nextUrl.pathname, { 'Retry-After': '30' })
}
