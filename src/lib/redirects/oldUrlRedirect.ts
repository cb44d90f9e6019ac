import { NextResponse, type NextRequest } from 'next/server'
import { routing } from '@/i18n/routing'
import { isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { parseOldUrl } from './oldUrls'

/** First path segments the site answers itself: a request under one is never an old address. */
const currentSections = new Set(
  Object.values(routing.pathnames).flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value))).map((pathname) => pathname.split('/')[1]).filter(Boolean),
)

function isCurrentRoute(pathname: string): boolean {
  const segments = pathname.split('/').filter(Boolean)
  const first = isLocale(segments[0]) ? segments[1] : segments[0]
  return first !== undefined && currentSections.has(first)
}

/**
 * A 301 to the new address of an old WordPress address, or nothing. Only requests no current route
 * answers (`/?p=…`, `/slug/`, `/2014/10/slug/`, `/en/slug/`) are looked up — through the app's
 * cached lookup route — so ordinary pages never wait on the database here.
 */
export async function oldUrlRedirect(request: NextRequest): Promise<NextResponse | undefined> {
  const { pathname, searchParams, search } = request.nextUrl
  const lang = searchParams.get('lang')
  if (pathname === '/' && isLocale(lang) && searchParams.size === 1) return NextResponse.redirect(new URL(getPathname({ locale: lang, href: '/' }), request.url), 301)
  if (isCurrentRoute(pathname) || !parseOldUrl(pathname, searchParams)) return undefined
  const origin = process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : request.nextUrl.origin
  const lookup = new URL('/next/old-url', origin)
  lookup.searchParams.set('path', pathname)
  lookup.searchParams.set('search', search)
  try {
    const response = await fetch(lookup, { cache: 'no-store' })
    const { location } = response.ok ? ((await response.json()) as { location?: string }) : {}
    if (location) return NextResponse.redirect(new URL(location, request.url), 301)
  } catch {
    // the lookup failing must not take the page down: the request goes on to a 404
  }
  return undefined
}

/**
 * What Next does by itself unless told not to (next.config's skipTrailingSlashRedirect, set so that
 * old addresses ending in "/" get a single 301): /a/ → /a.
 */
export function trailingSlashRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname } = request.nextUrl
  if (pathname === '/' || !pathname.endsWith('/')) return undefined
  const url = request.nextUrl.clone()
  url.pathname = pathname.replace(/\/+$/, '') || '/'
  return NextResponse.redirect(url, 308)
}
