import { createHmac, timingSafeEqual } from 'node:crypto'
import { derivedSecret } from '@/config/derivedSecret'

/** A person needs more than this to fill in a form; a script posts at once. */
export const MIN_FILL_MS = 3000

const sign = (time: string) => createHmac('sha256', derivedSecret('form')).update(time).digest('base64url')

/** A signed "the form was shown at" stamp for a hidden field. */
export function fillTimeToken(now = Date.now()): string {
  const time = now.toString(36)
  return `${time}.${sign(time)}`
}

/** Whether the stamp is ours and old enough: a missing, forged, future or fresh stamp is not. */
export function filledSlowly(token: string | undefined, now = Date.now()): boolean {
  const [time, signature, ...rest] = (token ?? '').split('.')
  if (!time || !signature || rest.length || !/^[0-9a-z]{1,12}$/.test(time)) return false
  const expected = Buffer.from(sign(time))
  const given = Buffer.from(signature)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return false
  const elapsed = now - parseInt(time, 36)
  return elapsed >= MIN_FILL_MS
}
