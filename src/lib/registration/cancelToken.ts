import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedSecret } from '@/config/derivedSecret'

type Signed = { id: number; createdAt: string }

const signature = ({ id, createdAt }: Signed, secret?: string) =>
  createHmac('sha256', derivedSecret('registration-cancel', secret)).update(`cancel:${id}:${createdAt}`).digest('base64url')

/**
 * The cancel link's token: the registration's id and an HMAC (key derived from PAYLOAD_SECRET for
 * this purpose only) of the id and its creation time. It names one registration; once that is
 * cancelled the token has nothing left to do, and a new registration of the same person has a new one.
 */
export const cancelToken = (registration: Signed, secret?: string) => `${registration.id}.${signature(registration, secret)}`

/** The id a token claims, before its signature is checked against the stored registration. */
export function tokenId(token: string): number | undefined {
  const match = /^([1-9]\d{0,9})\.[\w-]{43}$/.exec(token)
  const id = match ? Number(match[1]) : NaN
  return Number.isSafeInteger(id) && id <= 2_147_483_647 ? id : undefined
}

export function tokenMatches(token: string, registration: Signed): boolean {
  const expected = Buffer.from(cancelToken(registration))
  const given = Buffer.from(token)
  return given.length === expected.length && timingSafeEqual(given, expected)
}
