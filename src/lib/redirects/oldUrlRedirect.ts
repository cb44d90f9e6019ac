import { NextResponse, type NextRequest } from 'next/server'
import { routing } from '@/i18n/routing'
import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { isReservedPath, normalizeRedirectPath } from '@/collections/Redirects/redirectPath'
import { parseOldUrl } from './oldUrls'
import { preferredLocale } from './preferredLocale'

/** First path segments the site answers itself: a request under one is never an old address. */
const currentSections = new Set(
  Object.values(routing.pathnames).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))).map((pathname) => pathname.split('/')[1]).filter(Boolean),
)

function isCurrentRoute(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean)
  const first = isLocale(segments[0]) ? segments[1] : segments[0]
  return first !== undefined && currentSections.has(first)
}

/** A path a staff redirect may start from (see the Redirects collection's checks). */
function mayBeStaffRedirect(pathname: string): boolean {
  const path = normalizeRedirectPath(pathname)
  return path.ok && !isReservedPath(path.path)
}

type Answer = { location?: string; status?: number; byLanguage?: boolean }

/**
 * A staff redirect (308 or 307, in the visitor's language when its path has none), a 301 to the
 * new address of an old WordPress address, or nothing. Only requests no current route answers
 * (`/evento2026`, `/?p=…`, `/slug/`, `/2014/10/slug/`, `/en/slug/`) are looked up — through the
 * app's lookup route, which reads cached tables — so ordinary pages never wait on the database here.
 */
export async function oldUrlRedirect(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams, search } = request.nextUrl
  const lang = searchParams.get('lang')
  if (pathname === '/' && isLocale(lang) && searchParams.size === 1) return NextResponse.redirect(new URL(getPathname({ locale: lang, href: '/' }), request.url), 301)
  if (isCurrentRoute(pathname) || !(parseOldUrl(pathname, searchParams) || mayBeStaffRedirect(pathname))) return undefined
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  const lookup = new URL('/next/old-url', origin)
  lookup.searchParams.set('path', pathname)
  lookup.searchParams.set('search', search)
  lookup.searchParams.set('locale', preferredLocale(request))
  try {
    const response = await fetch(lookup, { cache: 'no-store' })
    const { location, status, byLanguage }: Answer = response.ok ? await response.json() : {}
    if (!location) return undefined
    const redirect = NextResponse.redirect(new URL(location, request.url), status === 307 || status === 308 ? status : 301)
    // Staff may change or remove their redirects at any time: browsers ask again before reusing one.
    if (status !== 301) redirect.headers.set('Cache-Control', byLanguage ? 'private, no-cache' : 'no-cache')
    if (byLanguage) redirect.headers.set('Vary', 'Cookie, Accept-Language')
    return redirect
  } catch {
    // the lookup failing must not take the page down: the request goes on to a 404
  }
  return undefined
}
