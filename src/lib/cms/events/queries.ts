import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'
import { findBySlug } from '@/lib/cms/read/findBySlug'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { eventsPageIds, upcomingIds } from './listQueries'
import { groupByYear, type YearGroup } from './timeline'
import { type EventSummary, type EventView, eventSummaryFields, toEventSummary, toEventView } from './views'

/** Past events per page of the list: a space with years of events would list them all on one page otherwise. */
export const PAST_EVENTS_PER_PAGE = 24

/** One page of the events list: the upcoming events on the first page only, `perPage` past ones by year. */
export type EventsPage = { upcoming: EventSummary[]; past: YearGroup<EventSummary>[]; pastPages: number; pastTotal: number; total: number }

/** The cards of these events, in the order of `ids`, read with the visitor's access applied again. */
async function findSummaries(payload: Payload, locale: Locale, ids: number[]): Promise<EventSummary[]> {
  if (ids.length === 0) return []
  const { docs } = await payload.find({
    collection: 'events',
    where: { id: { in: ids } },
    pagination: false,
    depth: 1,
    select: eventSummaryFields,
    ...publicRead(locale),
  })
  const byId = new Map(docs.map((event) => [event.id, event]))
  return ids.flatMap((id) => {
    const event = byId.get(id)
    return event ? [toEventSummary(event)] : []
  })
}

/** One page of the events published in this locale, split at `now`. */
export async function findEventsPage(payload: Payload, locale: Locale, now: Date, page: number, perPage = PAST_EVENTS_PER_PAGE): Promise<EventsPage> {
  const ids = await eventsPageIds(payload, locale, now, page, perPage)
  const shown = await findSummaries(payload, locale, [...(page === 1 ? ids.upcoming : []), ...ids.past])
  const past = new Set(ids.past)
  const pastTotal = ids.total - ids.upcoming.length
  return {
    upcoming: shown.filter((event) => !past.has(event.id)),
    past: groupByYear(shown.filter((event) => past.has(event.id))),
    pastPages: Math.ceil(pastTotal / perPage),
    pastTotal,
    total: ids.total,
  }
}

/** The next `limit` events published in this locale that are not over at `now`, soonest first. */
export async function findUpcomingEvents(payload: Payload, locale: Locale, now: Date, limit: number): Promise<EventSummary[]> {
  return findSummaries(payload, locale, await upcomingIds(payload, locale, now, limit))
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
