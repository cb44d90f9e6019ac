import { createHmac, timingSafeEqual } from 'node:crypto'
import { getEnv } from './env'

export type SecretPurpose = 'preview' | 'revalidate' | 'form' | 'registration-cancel'

/** A secret for one purpose, derived from PAYLOAD_SECRET so that no second secret must be configured. */
export function derivedSecret(purpose: SecretPurpose, payloadSecret = getEnv().PAYLOAD_SECRET): string {
  return createHmac('sha256', payloadSecret).update(`coworking:${purpose}`).digest('hex')
}

export function isDerivedSecret(purpose: SecretPurpose, candidate: string | null | undefined): boolean {
  const expected = Buffer.from(derivedSecret(purpose))
  const given = Buffer.from(candidate ?? '')
  return given.length === expected.length && timingSafeEqual(given, expected)
}
