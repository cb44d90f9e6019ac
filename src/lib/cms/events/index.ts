import 'server-only'
import { isLocale, type Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { type EventSummary, type EventView, eventSummaryFields, toEventSummary, toEventView } from './views'
import { splitEvents } from './timeline'
import { getLocaleSlugs } from '@/lib/cms/read/localeSlugs'
import { previewable } from '@/lib/cms/read/previewable'
import { publicRead } from '@/lib/cms/read/publicRead'

export type { EventSummary, EventView } from './views'

/**
 * Every event published in this locale, by start. The split between upcoming and past is left to
 * the caller, at render time (`splitEvents`), so the cached list never freezes "now".
 */
export const listEvents = cached('events-list', ['events', 'media'], async (locale: Locale): Promise<EventSummary[]> => {
  // A page under an unknown first segment (/favicon.ico) renders beside the layout's 404: read nothing.
  if (!isLocale(locale)) return []
  const payload = await getPayloadClient()
  const { docs } = await payload.find({
    collection: 'events',
    sort: 'start',
    pagination: false,
    depth: 1,
    select: eventSummaryFields,
    ...publicRead(locale),
  })
  return docs.map(toEventSummary)
})

/** The next `limit` events not over yet, soonest first (for the home page). */
export async function getUpcomingEvents(locale: Locale, limit = 3): Promise<EventSummary[]> {
  return splitEvents(await listEvents(locale), new Date()).upcoming.slice(0, limit)
}

/** The event with this slug in this locale, if it is published there. */
export const getEvent = previewable(
  'event',
  ['events', 'spaces', 'projects', 'posts', 'media'],
  async (read, locale: Locale, slug: string): Promise<EventView | null> => {
    if (!isLocale(locale)) return null
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection: 'events',
      where: { slug: { equals: slug } },
      limit: 1,
      depth: 1,
      joins: { posts: { limit: 12, sort: '-publishedAt' } },
      populate: {
        spaces: { name: true, slug: true, city: true, country: true, availableIn: true },
        projects: { title: true, slug: true },
        posts: { title: true, slug: true, excerpt: true, publishedAt: true },
      },
      ...read,
    })
    const event = docs[0]
    return event ? toEventView(event, locale, await getLocaleSlugs('events', event.id)) : null
  },
)
