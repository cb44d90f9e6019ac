import type { Payload, PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'
import { eventPageUrl, uidHost } from '@/lib/calendar/calendarAddresses'
import { toCalendarEntry } from '@/lib/calendar/calendarEntry'
import { icsCalendar } from '@/lib/calendar/icsCalendar'
import { publicRead } from '@/lib/cms/read/publicRead'
import { type EventView, toEventView } from '@/lib/cms/events/views'
import { formattingLocale } from '@/lib/format/formatEventDate'

/** The event as a visitor of this locale sees it (published there), or null. */
export async function publicEvent(payload: Payload, id: number, locale: Locale, req?: PayloadRequest): Promise<EventView | null> {
  const { docs } = await payload.find({ collection: 'events', where: { id: { equals: id } }, limit: 1, depth: 1, req, ...publicRead(locale) })
  const event = docs[0]
  return event ? toEventView(event, locale, { [locale]: event.slug }) : null
}

/**
 * The event's calendar file as the registrant's e-mail carries it: the same UID and SEQUENCE as
 * the public `.ics`, METHOD:CANCEL and STATUS:CANCELLED when the event is off.
 */
export function registrantIcs(event: EventView, locale: Locale, method: 'PUBLISH' | 'CANCEL' = 'PUBLISH'): string {
  return icsCalendar({
    name: event.title,
    uidHost: uidHost(),
    language: formattingLocale[locale],
    entries: [toCalendarEntry(event, eventPageUrl(locale, event.slug))],
    method,
  })
}
