import type { Payload } from 'payload'
import { INTERNAL } from '@/collections/Registrations/promoteOnChange'
import type { Registration } from '@/payload-types'
import { tokenId, tokenMatches } from './cancelToken'
import { promoteWaitlist } from './promote'
import { inTransaction, lockEvent } from './transaction'

export type CancelOutcome = 'cancelled' | 'already' | 'invalid'

const eventIdOf = (registration: Registration) => (typeof registration.event === 'object' ? registration.event.id : registration.event)

/** The registration a cancel link names, if its signature holds. */
export async function registrationForToken(payload: Payload, token: string): Promise<Registration | null> {
  const id = tokenId(token)
  if (id === undefined) return null
  const registration = await payload.findByID({ collection: 'registrations', id, depth: 0, disableErrors: true })
  return registration && tokenMatches(token, registration) ? registration : null
}

/** Cancels the registration the link names, once; its seats go to the first on the waitlist. */
export async function cancelByToken(payload: Payload, token: string): Promise<{ outcome: CancelOutcome; eventId?: number }> {
  const id = tokenId(token)
  if (id === undefined) return { outcome: 'invalid' }
  return inTransaction(payload, async (req) => {
    const found = await payload.findByID({ collection: 'registrations', id, depth: 0, req, disableErrors: true })
    if (!found || !tokenMatches(token, found)) return { outcome: 'invalid' }
    const eventId = eventIdOf(found)
    await lockEvent(req, eventId)
    // Read again under the lock: two clicks at once cancel once.
    const registration = await payload.findByID({ collection: 'registrations', id, depth: 0, req })
    if (registration.status === 'cancelled') return { outcome: 'already', eventId }
    await payload.update({
      collection: 'registrations',
      id,
      data: { status: 'cancelled', cancelledAt: new Date().toISOString() },
      depth: 0,
      req,
      context: { [INTERNAL]: true },
    })
    if (registration.status === 'confirmed') await promoteWaitlist(payload, eventId, req)
    return { outcome: 'cancelled', eventId }
  })
}
