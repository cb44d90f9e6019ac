import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { adminLanguage } from './admin/adminLanguage'
import { routing } from './i18n/routing'
import { canonicalRedirect, databaseOutage, edgeGate } from './lib/edge/edgeGate'
import { withoutRewrite } from './lib/edge/withoutRewrite'
import { searchPassage } from './lib/edge/searchPassage'
import { oldUrlRedirect } from './lib/redirects/oldUrlRedirect'

const localizedSite = createMiddleware(routing)

export default async function proxy(request: NextRequest) {
  const refused = await edgeGate(request)
  if (refused) return refused
  const { pathname } = request.nextUrl
  if (pathname.startsWith('/api/')) return undefined
  if (pathname.startsWith('/admin')) return adminLanguage(request)
  return (
    (await oldUrlRedirect(request)) ??
    canonicalRedirect(request) ??
    (await databaseOutage(request)) ??
    searchPassage(request) ??
    withoutCookie(pathname, withoutRewrite(localizedSite(request)))
  )
}

/**
 * Only `/` remembers the negotiated locale: any other page the proxy sees (an old address, a path
 * without a locale) answers without a cookie, as cached pages do, so shared caches may keep it. The
 * switcher remembers a choice through /next/language.
 */
function withoutCookie(pathname: string, response: Response): Response {
  if (pathname !== '/') response.headers.delete('set-cookie')
  return response
}

// On the site, the proxy answers old WordPress addresses and negotiates the locale of `/` and of
// paths without one (only `/` stores it in the NEXT_LOCALE cookie). The site's pages skip it:
// next.config's rewrites map their path names, and a cached page is served without the proxy.
// Next reads this config statically, so the locales and the sections (src/i18n/routing.ts; a test
// compares them) are spelled out.
export const config = {
  matcher: [
    // Always: the API (rate limits; uploaded files excepted), search and preview cards (rate limits),
    // and any address that is not in its one canonical spelling: a percent sign (it may not decode),
    // a trailing slash, an upper-case locale.
    '/api/((?!media/file/).*)',
    '/(it|en)/(cerca|search|og)(/.*)?',
    '/(.*%.*)',
    '/(.*/)',
    '/((?:IT|EN|It|En|iT|eN)(?:/.*)?)',
    // Everything without a locale prefix but Payload (admin, api), preview routes, Next internals, files
    // and the short links (/e/1, /p/1: they pick the language themselves).
    '/((?!(?:it|en|admin|api|next|_next|_vercel|e|p)(?:/|$)|.*\\..*).*)',
    // Under a locale, what is none of the site's sections: old addresses such as /en/slug/.
    '/(it|en)/((?!(?:blog|eventi|events|spazi|spaces|progetti|projects|cerca|search|embed)(?:/|$)|.*\\..*).+)',
    // The admin, only until the browser has a language: a new one gets the team's Italian.
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
  ],
}
