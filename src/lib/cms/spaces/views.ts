import type { Locale } from '@/i18n/locales'
import type { Event, Space } from '@/payload-types'
import { openStreetMapUrl } from '@/lib/openStreetMap'
import { type EventSummary, toEventSummary } from '@/lib/cms/events/views'
import type { LocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type PostLink, type SeoView, populated, toPostLinks, toSeo } from '@/lib/cms/shared/linkViews'
import { type ImageView, toImageView } from '@/lib/cms/shared/media'
import { richTextParagraphs, truncate } from '@/lib/richText/plainText'

export type SpaceKind = Space['kind']

/** What a card in a list needs. */
export type SpaceSummary = {
  id: number
  slug: string
  name: string
  kind: SpaceKind
  city: string
  region?: string
  country: string
  excerpt?: string
  logo?: ImageView
}

/** An event shared with a space, hosted there or organised with it as a partner. */
export type SharedEvent = EventSummary & { role: 'host' | 'partner' }

/** What the space page needs. */
export type SpaceView = SpaceSummary & {
  description: Space['description']
  website?: string
  address?: string
  mapUrl?: string
  events: SharedEvent[]
  posts: PostLink[]
  slugs: LocaleSlugs
  seo: SeoView
}

export const spaceSummaryFields = {
  name: true,
  slug: true,
  kind: true,
  city: true,
  region: true,
  country: true,
  excerpt: true,
  logo: true,
} as const

export function toSpaceSummary(space: Pick<Space, 'id' | keyof typeof spaceSummaryFields>): SpaceSummary {
  return {
    id: space.id,
    slug: space.slug,
    name: space.name,
    kind: space.kind,
    city: space.city,
    region: space.region?.trim() || undefined,
    country: space.country,
    excerpt: space.excerpt || undefined,
    logo: toImageView(space.logo, 'thumbnail'),
  }
}

// One collator for every comparison: `localeCompare(…, 'it')` looks the locale's rules up each time.
const italianOrder = new Intl.Collator('it')

/** The home space first, then partners by country (the home space's first), region and name. */
export function sortSpaces(spaces: SpaceSummary[]): SpaceSummary[] {
  const homeCountry = spaces.find((space) => space.kind === 'home')?.country
  const key = (space: SpaceSummary) =>
    [space.kind === 'home' ? 0 : 1, space.country === homeCountry ? 0 : 1, space.country, space.region ?? '', space.name] as const
  return [...spaces].sort((a, b) => {
    const [ka, kb] = [key(a), key(b)]
    for (let i = 0; i < ka.length; i++) {
      const order = typeof ka[i] === 'number' ? (ka[i] as number) - (kb[i] as number) : italianOrder.compare(String(ka[i]), String(kb[i]))
      if (order) return order
    }
    return 0
  })
}

export type RegionGroup = { region: string; country: string; spaces: SpaceSummary[] }

/** Partner spaces (already sorted) grouped under their region; a space without one goes under its country. */
export function groupByRegion(spaces: SpaceSummary[]): RegionGroup[] {
  const groups: RegionGroup[] = []
  for (const space of spaces) {
    const region = space.region ?? ''
    const group = groups.find((g) => g.region === region && g.country === space.country)
    if (group) group.spaces.push(space)
    else groups.push({ region, country: space.country, spaces: [space] })
  }
  return groups
}

function sharedEvents(hosted: Event[], partnered: Event[]): SharedEvent[] {
  const events = new Map<number, SharedEvent>()
  for (const event of partnered) events.set(event.id, { ...toEventSummary(event), role: 'partner' })
  for (const event of hosted) events.set(event.id, { ...toEventSummary(event), role: 'host' })
  return [...events.values()].sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}

export function toSpaceView(space: Space, locale: Locale, slugs: LocaleSlugs): SpaceView {
  const summary = toSpaceSummary(space)
  const [first] = richTextParagraphs(space.description)
  return {
    ...summary,
    logo: toImageView(space.logo, 'card'),
    description: space.description,
    website: space.website?.trim() || undefined,
    address: space.location?.address?.trim() || undefined,
    mapUrl: openStreetMapUrl({ ...space.location, city: space.city, country: space.country }),
    events: sharedEvents(populated(space.hostedEvents?.docs), populated(space.partnerEvents?.docs)),
    posts: toPostLinks(space.posts?.docs),
    slugs,
    seo: toSeo(space.meta, { title: space.name, description: first ? truncate(first, 160) : undefined, image: space.logo }),
  }
}
