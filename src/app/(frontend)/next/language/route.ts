import { LOCALE_COOKIE, LOCALE_COOKIE_MAX_AGE, languageTarget } from '@/lib/edge/languageChoice'

/**
 * The language switcher's links: remember the visitor's choice in the locale cookie (which `/`
 * reads), then show the page in that language. Public pages themselves never set a cookie, so that
 * every shared cache may keep them. A target that is not a page of this site gets a 400.
 */
export function GET(request: Request) {
  const target = languageTarget(new URL(request.url).searchParams.get('to'))
  if (!target) return new Response('Bad language link / Link della lingua non valido', { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } })
  return new Response(null, {
    status: 303,
    headers: {
      location: target.path,
      'set-cookie': `${LOCALE_COOKIE}=${target.locale}; Path=/; Max-Age=${LOCALE_COOKIE_MAX_AGE}; SameSite=Lax`,
      'cache-control': 'private, no-store',
    },
  })
}
