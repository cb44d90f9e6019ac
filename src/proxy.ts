import type { NextRequest } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { adminLanguage } from './admin/adminLanguage'
import { routing } from './i18n/routing'

const localizedSite = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/admin') ? adminLanguage(request) : localizedSite(request)
}

// On the site, the proxy negotiates the locale of paths without one, and stores a locale in the NEXT_LOCALE
// cookie (`/` reads it). A localized path whose locale is already in the cookie skips it: next.config's
// rewrites map its path names, and a cached page is served without running the proxy at all.
// Next reads this config statically: the locales (src/i18n/locales.ts) are spelled out.
export const config = {
  matcher: [
    // Everything without a locale prefix but Payload (admin, api), preview routes, Next internals, files
    // and the short links (/e/1, /p/1: they pick the language themselves).
    '/((?!(?:it|en|admin|api|next|_next|_vercel|e|p)(?:/|$)|.*\\..*).*)',
    // Localized pages but the cookie-free widget pages (/it/embed/…) and files.
    { source: '/it/:path((?!embed(?:/|$))(?!.*\\.).*)?', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'it' }] },
    { source: '/en/:path((?!embed(?:/|$))(?!.*\\.).*)?', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'en' }] },
    { source: '/it', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'it' }] },
    { source: '/en', missing: [{ type: 'cookie', key: 'NEXT_LOCALE', value: 'en' }] },
    // The admin, only until the browser has a language: a new one gets the team's Italian.
    { source: '/admin/:path*', missing: [{ type: 'cookie', key: 'payload-lng' }] },
  ],
}
