import 'server-only'
import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { getEventById, listCalendarEvents } from '@/lib/cms/events/calendar'
import type { EventView } from '@/lib/cms/events/views'
import { getSite } from '@/lib/cms/site'
import { registrationStates } from '@/lib/cms/registration'
import { formattingLocale } from '@/lib/format/formatEventDate'
import { eventPageUrl, uidHost } from './calendarAddresses'
import { type CalendarEntry, toCalendarEntry } from './calendarEntry'
import { calendarWindow, calendarWindowStart } from './calendarWindow'
import { eventsJson } from './eventsJson'
import { icsCalendar } from './icsCalendar'

/** An event as the calendar files of this locale describe it, linked to its page in that locale. */
export const calendarEntry = (event: EventView, locale: Locale): CalendarEntry =>
  toCalendarEntry(event, eventPageUrl(locale, event.slug))

async function render(locale: Locale, name: string, events: EventView[]) {
  const site = await getSite(locale)
  return icsCalendar({
    name,
    uidHost: uidHost(),
    organizerEmail: site.email,
    language: formattingLocale[locale],
    entries: events.map((event) => calendarEntry(event, locale)),
  })
}

/** The .ics of one event in this locale, or null when it is not published there. */
export async function eventIcs(locale: Locale, id: number): Promise<string | null> {
  const event = await getEventById(locale, id)
  return event ? render(locale, event.title, [event]) : null
}

/** The subscribable feed of every event of this locale, or of those shared with one space. */
export async function eventsFeedIcs(locale: Locale, space?: { id: number; name: string }): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'calendar' })
  const site = await getSite(locale)
  const now = new Date()
  const events = calendarWindow(await listCalendarEvents(locale, calendarWindowStart(now), space?.id), now)
  return render(locale, space ? t('spaceFeedName', { space: space.name, site: site.name }) : t('feedName', { site: site.name }), events)
}

/** The JSON twin of a space's feed. */
export async function spaceEventsJson(locale: Locale, space: { id: number; name: string; slug: string }) {
  const now = new Date()
  const events = calendarWindow(await listCalendarEvents(locale, calendarWindowStart(now), space.id), now)
  return eventsJson(locale, space, events, (event) => eventPageUrl(locale, event.slug), await registrationStates(events, now))
}
