import { pbkdf2, timingSafeEqual } from 'node:crypto'
import { promisify } from 'node:util'

const pbkdf2Async = promisify(pbkdf2)
const currentPrefix = 'pbkdf2-sha256-v1:'

/**
 * Whether a password is the one behind a hash Payload stored: its current format
 * ("pbkdf2-sha256-v1:", 600,000 rounds, 32 bytes) and its legacy one (25,000 rounds, 512 bytes).
 */
export async function passwordMatches(password: string, stored: { hash: string | null; salt: string | null }): Promise<boolean> {
  if (!stored.hash || !stored.salt) return false
  const current = stored.hash.startsWith(currentPrefix)
  const expected = Buffer.from(current ? stored.hash.slice(currentPrefix.length) : stored.hash, 'hex')
  const actual = await pbkdf2Async(password, stored.salt, current ? 600_000 : 25_000, current ? 32 : 512, 'sha256')
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
