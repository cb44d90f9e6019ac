import createMiddleware from 'next-intl/middleware'
import type { NextRequest } from 'next/server'
import { routing } from './i18n/routing'
import { oldUrlRedirect, trailingSlashRedirect } from './lib/oldUrlRedirect'

const intl = createMiddleware(routing)

export default async function proxy(request: NextRequest) {
  return (await oldUrlRedirect(request)) ?? trailingSlashRedirect(request) ?? intl(request)
}

export const config = {
  // Everything but Payload (admin, api), preview routes, Next internals and files with an extension.
  matcher: ['/((?!(?:admin|api|next|_next|_vercel)(?:/|$)|.*\\..*).*)'],
}
