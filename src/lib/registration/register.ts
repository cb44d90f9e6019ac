import type { Payload } from 'payload'
import { afterCommit } from '@/collections/shared/afterCommit'
import { INTERNAL } from '@/collections/Registrations/promoteOnChange'
import { normalizeEmail } from '@/collections/Registrations/normalizeEmail'
import type { Locale } from '@/i18n/locales'
import { availability, placeFor } from './availability'
import { publicEvent } from './eventForMail'
import { type Registrant, trySendRegistrantMail } from './mails'
import { eventQueue } from './eventQueue'
import { inTransaction, lockEvent, seatCounts } from './transaction'

export type RegistrationInput = { eventId: number; locale: Locale; name: string; email: string; people: number; consent: true }

export type RegisterOutcome = 'confirmed' | 'waitlisted' | 'duplicate' | 'full' | 'closed' | 'unavailable' | 'tooMany'

const queue = eventQueue()

const isUniqueViolation = (error: unknown) => (error as { code?: string; cause?: { code?: string } })?.code === '23505' || (error as { cause?: { code?: string } })?.cause?.code === '23505'

/**
 * Registers one visitor. The event's row is locked for the whole check-and-insert, so concurrent
 * submissions take turns and the seats are never exceeded; the partial unique index on
 * (event, email) of active registrations backs the duplicate check. The e-mail leaves after the commit.
 */
export async function register(payload: Payload, input: RegistrationInput): Promise<RegisterOutcome> {
  const email = normalizeEmail(input.email)
  // Read before the lock: the lock is then held for a few short statements only.
  const event = await publicEvent(payload, input.eventId, input.locale)
  const settings = event?.registration
  if (!event || !settings) return 'unavailable'
  try {
    return await queue(input.eventId, () => inTransaction(payload, async (req) => {
      if (!(await lockEvent(req, input.eventId))) return 'unavailable'
      const counts = await seatCounts(req, input.eventId)
      const state = availability(settings!, event!, counts, new Date())
      if (state.kind === 'closed' || state.kind === 'cancelled') return 'closed'
      if (input.people > settings.maxPeople) return 'tooMany'
      const { docs } = await payload.find({
        collection: 'registrations',
        where: { event: { equals: input.eventId }, email: { equals: email }, status: { not_equals: 'cancelled' } },
        limit: 1,
        depth: 0,
        req,
      })
      const existing = docs[0] as Registrant & { status: 'confirmed' | 'waitlisted' } | undefined
      if (existing) {
        // The same person again: one registration. They get its e-mail (and cancel link) once more.
        await afterCommit(req, () => trySendRegistrantMail(payload, existing.status, existing, event))
        return 'duplicate'
      }
      const place = placeFor(settings, counts, input.people)
      if (place === 'full') return 'full'
      const created = await payload.create({
        collection: 'registrations',
        data: { event: input.eventId, name: input.name.trim(), email, people: input.people, locale: input.locale, status: place, consent: input.consent },
        depth: 0,
        req,
        context: { [INTERNAL]: true },
      })
      await afterCommit(req, () => trySendRegistrantMail(payload, place, created as Registrant, event))
      return place
    }))
  } catch (error) {
    if (isUniqueViolation(error)) return 'duplicate'
    throw error
  }
}
