import type { NextRequest } from 'next/server'
import createMiddleware from 'next-intl/middleware'
import { adminLanguage } from './admin/adminLanguage'
import { routing } from './i18n/routing'

const localizedSite = createMiddleware(routing)

export default function proxy(request: NextRequest) {
  return request.nextUrl.pathname.startsWith('/admin') ? adminLanguage(request) : localizedSite(request)
}

export const config = {
  // The site: everything but Payload (admin, api), preview routes, Next internals and files with an
  // extension. The admin only to give a new browser its Italian default.
  matcher: ['/((?!(?:admin|api|next|_next|_vercel)(?:/|$)|.*\\..*).*)', '/admin', '/admin/:path*'],
}
