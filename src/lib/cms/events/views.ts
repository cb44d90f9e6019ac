import type { Locale } from '@/i18n/locales'
import type { Event } from '@/payload-types'
import { openStreetMapUrl } from '@/lib/openStreetMap'
import type { LocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type PostLink, type ProjectLink, type SeoView, type SpaceLink, populated, toPostLinks, toProjectLinks, toSeo, toSpaceLink } from '@/lib/cms/shared/linkViews'
import { type ImageView, toImageView } from '@/lib/cms/shared/media'
import { type RegistrationSettings, toRegistrationSettings } from '@/lib/registration/availability'

export type EventStatus = Event['status']

export type EventPlace = { kind: 'venue'; name?: string; city?: string } | { kind: 'online' }

/** What a card or a row in a list needs. */
export type EventSummary = {
  id: number
  slug: string
  title: string
  summary?: string
  start: string
  end?: string
  allDay: boolean
  status: EventStatus
  place?: EventPlace
  image?: ImageView
  /** Registration on the site, when the event takes it. */
  registration?: RegistrationSettings
}

export type VenueView = {
  name?: string
  address?: string
  postalCode?: string
  city?: string
  region?: string
  country?: string
  mapUrl?: string
}

/** What the event page needs. */
export type EventView = EventSummary & {
  description: Event['description']
  cover?: ImageView
  venue?: VenueView
  onlineUrl?: string
  registrationUrl?: string
  host?: SpaceLink
  partners: SpaceLink[]
  projects: ProjectLink[]
  posts: PostLink[]
  slugs: LocaleSlugs
  seo: SeoView
  updatedAt: string
  icsSequence: number
}

const text = (value: string | null | undefined) => value?.trim() || undefined

function toPlace(event: Pick<Event, 'venue' | 'onlineUrl'>): EventPlace | undefined {
  const name = text(event.venue?.name)
  const city = text(event.venue?.city)
  if (name || city) return { kind: 'venue', name, city }
  return text(event.onlineUrl) ? { kind: 'online' } : undefined
}

/** The fields a summary is made of: list queries select only these. */
export const eventSummaryFields = {
  title: true,
  slug: true,
  summary: true,
  start: true,
  end: true,
  allDay: true,
  status: true,
  venue: true,
  onlineUrl: true,
  coverImage: true,
  registration: true,
} as const

type EventSummaryDoc = Pick<Event, 'id' | keyof typeof eventSummaryFields>

export function toEventSummary(event: EventSummaryDoc): EventSummary {
  return {
    id: event.id,
    slug: event.slug,
    title: event.title,
    summary: text(event.summary),
    start: event.start,
    end: event.end ?? undefined,
    allDay: Boolean(event.allDay),
    status: event.status,
    place: toPlace(event),
    image: toImageView(event.coverImage, 'card'),
    registration: toRegistrationSettings(event.registration),
  }
}

function toVenue(venue: Event['venue']): VenueView | undefined {
  if (!venue) return undefined
  const view: VenueView = {
    name: text(venue.name),
    address: text(venue.address),
    postalCode: text(venue.postalCode),
    city: text(venue.city),
    region: text(venue.region),
    country: text(venue.country),
  }
  if (!view.name && !view.address && !view.city) return undefined
  return { ...view, mapUrl: openStreetMapUrl(venue) }
}

export function toEventView(event: Event, locale: Locale, slugs: LocaleSlugs): EventView {
  const host = populated([event.host])[0]
  return {
    ...toEventSummary(event),
    description: event.description,
    cover: toImageView(event.coverImage, 'large'),
    venue: toVenue(event.venue),
    onlineUrl: text(event.onlineUrl),
    registrationUrl: text(event.registrationUrl),
    host: host ? toSpaceLink(host, locale) : undefined,
    partners: populated(event.partners)
      .filter((space) => space.id !== host?.id)
      .map((space) => toSpaceLink(space, locale)),
    projects: toProjectLinks(event.relatedProjects),
    posts: toPostLinks(event.posts?.docs),
    slugs,
    seo: toSeo(event.meta, { title: event.title, description: event.summary, image: event.coverImage }),
    updatedAt: event.updatedAt,
    icsSequence: event.icsSequence ?? 0,
  }
}
