import { generatePayloadCookie } from 'payload/shared'
import { describe, expect, it } from 'vitest'
import { sessionCookies } from './sessionCookies'

const cookieFor = (serverUrl: string) =>
  generatePayloadCookie({
    collectionAuthConfig: { cookies: { sameSite: 'Lax', ...sessionCookies(serverUrl) }, tokenExpiration: 3600 } as never,
    cookiePrefix: 'payload',
    token: 'token',
  }) as string

describe('session cookie', () => {
  it('is Secure when the site is served over https', () => {
    // Payload writes "Secure=true"; browsers read the attribute name and ignore its value (RFC 6265 5.2.5).
    expect(cookieFor('https://coworking.example')).toMatch(/; Secure(=true)?(;|$)/)
  })

  it('stays usable over plain http on a developer machine', () => {
    expect(cookieFor('http://localhost:3000')).not.toMatch(/Secure/)
  })
})
