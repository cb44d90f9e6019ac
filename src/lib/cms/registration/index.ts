import 'server-only'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { countSeats } from '@/lib/registration/countSeats'
import { registrationForToken } from '@/lib/registration/cancel'
import { publicEvent } from '@/lib/registration/eventForMail'
import type { Locale } from '@/i18n/locales'
import type { EventStatus } from '@/lib/cms/events/views'
import { type Availability, availability, type RegistrationSettings } from '@/lib/registration/availability'

/**
 * An event's seats taken, cached like a page's content: every registration, cancellation and staff
 * change expires the `registrations` tag, and with it the pages that show seats. Never read per request.
 */
export const getSeatCounts = cached('registration-seats', ['registrations'], async (eventId: number) => countSeats(await getPayloadClient(), eventId))

/** The event a registration page speaks of, as a visitor of this locale sees it (not cached: these pages are per visitor). */
export async function findRegistrationEvent(locale: Locale, id: number) {
  return publicEvent(await getPayloadClient(), id, locale)
}

/** The registration a cancel link names, with its event, if the link's signature holds. */
export async function findCancellable(locale: Locale, token: string) {
  const payload = await getPayloadClient()
  const registration = await registrationForToken(payload, token)
  if (!registration) return null
  const eventId = typeof registration.event === 'object' ? registration.event.id : registration.event
  return { registration, event: await publicEvent(payload, eventId, locale) }
}

type Registrable = { id: number; start: string; status: EventStatus; registration?: RegistrationSettings }

/** Each event's registration state now (events without registration on the site are left out). */
export async function registrationStates(events: Registrable[], now = new Date()): Promise<Map<number, Availability>> {
  const states = new Map<number, Availability>()
  for (const event of events) {
    if (event.registration) states.set(event.id, availability(event.registration, event, await getSeatCounts(event.id), now))
  }
  return states
}
