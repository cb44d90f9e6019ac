import { type NextRequest, NextResponse } from 'next/server'
import { databaseAvailable } from '@/db/health'
import { isLocale } from '@/i18n/locales'
import { clientAddress, consume, tooManyRequests } from '@/lib/rateLimit/rateLimiter'
import { maxAppQueryLength, maxQueryLength, normalizeUrl } from './normalizeUrl'
import { outageRetryAfterSeconds } from './pageGate'
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
  const app = api || pathname.startsWith('/admin')
  if (normalizeUrl(pathname, search, app ? maxAppQueryLength : maxQueryLength)?.kind === 'bad') {
    return api ? Response.json({ errors: [{ message: 'The address does not decode.' }] }, { status: 400 }) : plainPage('badRequest', pathname)
  }
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
  // A plain URL, not a clone of nextUrl: that one keeps the trailing slash it was built with.
  return normalized?.kind === 'redirect' ? NextResponse.redirect(new URL(normalized.location, request.url), 308) : undefined
}

/** While the database does not answer, a page that would need it is a localized 503 with Retry-After. */
export async function databaseOutage(request: NextRequest): Promise<Response | undefined> {
  const locale = request.nextUrl.pathname.split('/')[1]
  if (!isLocale(locale) || (request.method !== 'GET' && request.method !== 'HEAD')) return undefined
  return (await databaseAvailable()) ? undefined : plainPage('unavailable', request.nextUrl.pathname, { 'Retry-After': String(outageRetryAfterSeconds) })
}
