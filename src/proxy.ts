import createMiddleware from 'next-intl/middleware'
import { routing } from './i18n/routing'

export default createMiddleware(routing)

export const config = {
  // Everything but Payload (admin, api), preview routes, Next internals, files with an extension,
  // the short links (/e/1, /p/1: they pick the language themselves) and the cookie-free widget pages.
  matcher: ['/((?!(?:admin|api|next|_next|_vercel|e|p)(?:/|$)|(?:it|en)/embed(?:/|$)|.*\\..*).*)'],
}
