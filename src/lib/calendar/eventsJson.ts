import type { Locale } from '@/i18n/locales'
import type { EventView } from '@/lib/cms/events/views'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { calendarPaths } from './calendarPaths'
import { ROME_TIME_ZONE, romeIso } from '@/config/rome'
import type { Availability } from '@/lib/registration/availability'

/** The shared events of a space as JSON for partners who build their own list: times with Rome's offset. */
export function eventsJson(
  locale: Locale,
  space: { name: string; slug: string },
  events: EventView[],
  pageUrl: (event: EventView) => string,
  registration: Map<number, Availability> = new Map(),
) {
  return {
    space: space.name,
    language: locale,
    timeZone: ROME_TIME_ZONE,
    calendar: absoluteUrl(calendarPaths.space(locale, space.slug, 'ics')),
    events: events.map((event) => ({
      id: event.id,
      title: event.title,
      summary: event.summary ?? null,
      start: romeIso(event.start),
      end: event.end ? romeIso(event.end) : null,
      allDay: event.allDay,
      status: event.status,
      place: event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : null,
      online: Boolean(event.onlineUrl),
      host: event.host?.name ?? null,
      partners: event.partners.map((partner) => partner.name),
      url: pageUrl(event),
      shortUrl: absoluteUrl(calendarPaths.shortEvent(event.id)),
      ics: absoluteUrl(calendarPaths.event(locale, event.id)),
      // Registration on the site: null when the event takes none (it may still have an external link).
      registration: registrationJson(registration.get(event.id), pageUrl(event)),
    })),
  }
}

function registrationJson(state: Availability | undefined, url: string) {
  if (!state) return null
  return {
    open: state.kind === 'open' || state.kind === 'waitlist',
    state: state.kind,
    seatsLeft: state.kind === 'open' ? (state.seatsLeft ?? null) : state.kind === 'cancelled' || state.kind === 'closed' ? null : 0,
    url: `${url}#registration`,
  }
}
