import type { Payload } from 'payload'
import type { RegistrantNotice } from '@/collections/Events/registrantNotices'
import { isLocale, type Locale } from '@/i18n/locales'
import type { EventView } from '@/lib/cms/events/views'
import { publicEvent } from './eventForMail'
import { type Registrant, trySendRegistrantMail } from './mails'

/** E-mails every registrant still holding a seat (and, for a cancellation, the waitlist) the event's change. */
export async function noticeRegistrants(payload: Payload, eventId: number, notice: RegistrantNotice): Promise<number> {
  const statuses = notice === 'eventCancelled' ? ['confirmed', 'waitlisted'] : ['confirmed']
  const { docs } = await payload.find({
    collection: 'registrations',
    where: { event: { equals: eventId }, status: { in: statuses } },
    pagination: false,
    depth: 0,
  })
  const views = new Map<Locale, EventView | null>()
  let sent = 0
  for (const registrant of docs as Registrant[]) {
    const locale: Locale = isLocale(registrant.locale) ? registrant.locale : 'it'
    if (!views.has(locale)) views.set(locale, (await publicEvent(payload, eventId, locale)) ?? (await publicEvent(payload, eventId, locale === 'it' ? 'en' : 'it')))
    const view = views.get(locale)
    if (!view) continue
    await trySendRegistrantMail(payload, notice, registrant, view)
    sent++
  }
  return sent
}
