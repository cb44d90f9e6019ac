import { type NextRequest, NextResponse } from 'next/server'

/** Payload's cookie for the admin's language (its default cookie prefix). */
export const ADMIN_LANGUAGE_COOKIE = 'payload-lng'

/**
 * Payload picks the admin's language from this cookie, then from the browser. The team works in
 * Italian: a browser that has not chosen yet gets Italian; the account page switches it per user.
 */
export function adminLanguage(request: NextRequest): NextResponse {
  if (request.cookies.has(ADMIN_LANGUAGE_COOKIE)) return NextResponse.next()
  request.cookies.set(ADMIN_LANGUAGE_COOKIE, 'it')
  const response = NextResponse.next({ request: { headers: request.headers } })
  response.cookies.set(ADMIN_LANGUAGE_COOKIE, 'it', { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' })
  return response
}
