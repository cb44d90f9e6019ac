import { NextResponse } from 'next/server'

/**
 * next-intl answers a localized path (/it/eventi) with a rewrite to an absolute URL built from the
 * request's Host. Next compares that origin with the address it listens on (`-H 127.0.0.1`,
 * HOSTNAME=127.0.0.1); when they differ it proxies the request to that URL as to another site,
 * where next.config's redirect sends /it/events back to /it/eventi: a 308 to itself, forever
 * (vercel/next.js#94342). next.config's rewrites already map every localized path, so the proxy
 * lets the request through instead, keeping next-intl's cookie and request headers.
 */
export function withoutRewrite(response: Response): Response {
  if (!response.headers.has('x-middleware-rewrite')) return response
  const headers = new Headers(response.headers)
  headers.delete('x-middleware-rewrite')
  headers.set('x-middleware-next', '1')
  return new NextResponse(null, { headers })
}
