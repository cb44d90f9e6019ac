import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'
import { findBySlug } from '@/lib/cms/read/findBySlug'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type EventSummary, type EventView, eventSummaryFields, toEventSummary, toEventView } from './views'

/** Every event published in this locale, by start. */
export async function findEvents(payload: Payload, locale: Locale): Promise<EventSummary[]> {
  const { docs } = await payload.find({
    collection: 'events',
    sort: 'start',
    pagination: false,
    depth: 1,
    select: eventSummaryFields,
    ...publicRead(locale),
  })
  return docs.map(toEventSummary)
}

/** The event with this slug in this locale, if it is published there (the latest draft with `read` of an editor). */
export async function findEvent(payload: Payload, locale: Locale, slug: string, read: ReadOptions = publicRead(locale)): Promise<EventView | null> {
  const event = await findBySlug(payload, 'events', slug, read, {
    joins: { posts: { limit: 12, sort: '-publishedAt' } },
    populate: {
      spaces: { name: true, slug: true, city: true, country: true, availableIn: true },
      projects: { title: true, slug: true },
      posts: { title: true, slug: true, excerpt: true, publishedAt: true },
    },
  })
  return event ? toEventView(event, locale, await findLocaleSlugs(payload, 'events', event.id)) : null
}
