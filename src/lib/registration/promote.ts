import type { Payload, PayloadRequest } from 'payload'
import { afterCommit } from '@/collections/shared/afterCommit'
import { INTERNAL } from '@/collections/Registrations/promoteOnChange'
import { isLocale, locales } from '@/i18n/locales'
import { toRegistrationSettings } from './availability'
import { publicEvent } from './eventForMail'
import { type Registrant, trySendRegistrantMail } from './mails'
import { inTransaction, lockEvent, seatCounts } from './transaction'

/** The event in the registrant's language, or in the other one if it is published only there. */
async function eventFor(payload: Payload, eventId: number, locale: string) {
  const order = isLocale(locale) ? [locale, ...locales.filter((l) => l !== locale)] : [...locales]
  for (const candidate of order) {
    const event = await publicEvent(payload, eventId, candidate)
    if (event) return event
  }
  return null
}

/**
 * Moves the first waitlisted registrations onto the seats that are free, in the order they came,
 * under the event's lock (inside `outer`'s transaction when there is one), and e-mails each after the commit.
 */
export async function promoteWaitlist(payload: Payload, eventId: number, outer?: PayloadRequest): Promise<number[]> {
  return inTransaction(
    payload,
    async (req) => {
      if (!(await lockEvent(req, eventId))) return []
      const event = await payload.findByID({ collection: 'events', id: eventId, depth: 0, req, disableErrors: true })
      const settings = toRegistrationSettings(event?.registration)
      if (!event || !settings || event.status !== 'scheduled') return []
      let free = settings.capacity === undefined ? Number.POSITIVE_INFINITY : settings.capacity - (await seatCounts(req, eventId)).confirmedSeats
      if (free <= 0) return []
      const { docs } = await payload.find({
        collection: 'registrations',
        where: { event: { equals: eventId }, status: { equals: 'waitlisted' } },
        sort: ['createdAt', 'id'],
        pagination: false,
        depth: 0,
        req,
      })
      const promoted: Registrant[] = []
      for (const waiting of docs) {
        if (waiting.people > free) continue
        free -= waiting.people
        promoted.push(
          (await payload.update({ collection: 'registrations', id: waiting.id, data: { status: 'confirmed' }, depth: 0, req, context: { [INTERNAL]: true } })) as Registrant,
        )
        if (free <= 0) break
      }
      await afterCommit(req, async () => {
        for (const registrant of promoted) {
          const view = await eventFor(payload, eventId, registrant.locale)
          if (view) await trySendRegistrantMail(payload, 'promoted', registrant, view)
        }
      })
      return promoted.map((r) => r.id)
    },
    outer,
  )
}
