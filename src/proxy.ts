import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but Payload (admin, api), preview routes, Next internals and files with an extension.
  matcher: ['/((?!(?:admin|api|next|_next|_vercel)(?:/|$)|.*\\..*).*)'],
}
