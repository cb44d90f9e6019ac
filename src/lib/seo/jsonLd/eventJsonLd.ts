import { romeIso } from '@/config/rome'
import type { EventStatus, EventView } from '@/lib/cms/events/views'
import type { SpaceLink } from '@/lib/cms/shared/linkViews'
import type { Availability } from '@/lib/registration/availability'

const statuses: Record<EventStatus, string> = {
  scheduled: 'https://schema.org/EventScheduled',
  cancelled: 'https://schema.org/EventCancelled',
  postponed: 'https://schema.org/EventPostponed',
}

type Links = { url: string; image: string; spaceUrl: (space: SpaceLink) => string | undefined; registration?: Availability }

/**
 * Registration on the site as a free offer, as Google's Event guidelines describe `offers`
 * (availability InStock or SoldOut, price 0). Omitted when registration is closed: there is nothing to offer.
 */
function offers(url: string, registration?: Availability) {
  if (!registration || (registration.kind !== 'open' && registration.kind !== 'waitlist' && registration.kind !== 'full')) return {}
  const seatsLeft = registration.kind === 'open' ? registration.seatsLeft : 0
  return {
    offers: {
      '@type': 'Offer',
      url: `${url}#registration`,
      price: 0,
      priceCurrency: 'EUR',
      availability: registration.kind === 'open' ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
    },
    ...(seatsLeft === undefined ? {} : { remainingAttendeeCapacity: seatsLeft }),
  }
}

function location(event: EventView) {
  const { venue } = event
  const place = venue && {
    '@type': 'Place',
    name: venue.name ?? venue.city,
    address: {
      '@type': 'PostalAddress',
      streetAddress: venue.address,
      postalCode: venue.postalCode,
      addressLocality: venue.city,
      addressRegion: venue.region,
      addressCountry: venue.country,
    },
  }
  const online = event.onlineUrl && { '@type': 'VirtualLocation', url: event.onlineUrl }
  return [place, online].filter(Boolean)
}

const attendance = (event: EventView) =>
  event.venue && event.onlineUrl
    ? 'https://schema.org/MixedEventAttendanceMode'
    : event.onlineUrl
      ? 'https://schema.org/OnlineEventAttendanceMode'
      : 'https://schema.org/OfflineEventAttendanceMode'

/** schema.org Event with what Google requires and recommends; times carry Rome's offset of that day. */
export function eventJsonLd(event: EventView, { url, image, spaceUrl, registration }: Links) {
  const organizers = [event.host, ...event.partners].filter((space): space is SpaceLink => Boolean(space))
  const places = location(event)
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: event.summary,
    startDate: event.allDay ? romeIso(event.start).slice(0, 10) : romeIso(event.start),
    endDate: event.end ? (event.allDay ? romeIso(event.end).slice(0, 10) : romeIso(event.end)) : undefined,
    eventStatus: statuses[event.status],
    eventAttendanceMode: attendance(event),
    location: places.length === 1 ? places[0] : places,
    organizer: organizers.map((space) => ({ '@type': 'Organization', name: space.name, url: spaceUrl(space) })),
    image: [image],
    url,
    ...offers(url, registration),
  }
}
