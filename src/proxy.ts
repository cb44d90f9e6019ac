import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { adminLanguage } from './admin/adminLanguage'
import { routing } from './i18n/routing'
import { oldUrlRedirect, trailingSlashRedirect } from './lib/redirects/oldUrlRedirect'

const localizedSite = createMiddleware(routing)

export default async function proxy(request: NextRequest) {
  if (request.nextUrl.pathname.startsWith('/admin')) return adminLanguage(request)
  return (await oldUrlRedirect(request)) ?? trailingSlashRedirect(request) ?? localizedSite(request)
}

// On the site, the proxy answers old WordPress addresses, negotiates the locale of paths without
// one, and stores a locale in the NEXT_LOCALE cookie (`/` reads it). A page of the site whose locale
// is already in the cookie skips it: next.config's rewrites map its path names, and a cached page is
// served without running the proxy at all. Next reads this config statically, so the locales and the
// sections (src/i18n/routing.ts; a test compares them) are spelled out.
export const config = {
  matcher: [
    // Everything without a locale prefix but Payload (admin, api), preview routes, Next internals, files
    // and the short links (/e/1, /p/1: they pick the language themselves).
    '/((?!(?:it|en|admin|api|next|_next|_vercel|e|p)(?:/|$)|.*\\..*).*)',
    // Under a locale, what is none of the site's sections: old addresses such as /en/slug/.
    '/(it|en)/((?!(?:blog|eventi|events|spazi|spaces|progetti|projects|cerca|search|embed)(?:/|$)|.*\\..*).+)',
    // The site's pages but the cookie-free widget pages (/it/embed/…) and files, until the cookie says their locale.
    { source: '/it/:path((?!embed(?:/|$))(?!.*\\.).*)?', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'it' }] },
    { source: '/en/:path((?!embed(?:/|$))(?!.*\\.).*)?', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'en' }] },
    { source: '/it', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'it' }] },
    { source: '/en', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'en' }] },
    // The admin, only until the browser has a language: a new one gets the team's Italian.
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
  ],
}
