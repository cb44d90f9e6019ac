import type { Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type EventView, toEventView } from './views'
import { publicRead } from '@/lib/cms/read/publicRead'

const spaceFields = { name: true, slug: true, city: true, country: true, availableIn: true } as const

async function findEvents(payload: Payload, locale: Locale, where: Where, limit?: number): Promise<EventView[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where,
    sort: 'start',
    ...(limit ? { limit } : { pagination: false }),
    depth: 1,
    populate: { spaces: spaceFields },
    ...publicRead(locale),
  })
  // Calendar files link each event in their own language only.
  return docs.map((event) => toEventView(event, locale, { [locale]: event.slug }))
}

/** The event with this id, if it is published in this locale. */
export async function findEventById(payload: Payload, locale: Locale, id: number): Promise<EventView | null> {
  const [event] = await findEvents(payload, locale, { id: { equals: id } }, 1)
  return event ?? null
}

/**
 * The events published in this locale that end (or, without an end, start) on or after `from`, by
 * start; with `spaceId`, those the space hosts or is a partner in. No cap: the window bounds them.
 */
export function findCalendarEvents(payload: Payload, locale: Locale, from: string, spaceId?: number): Promise<EventView[]> {
  const recent: Where = {
    or: [{ end: { greater_than_equal: from } }, { and: [{ end: { exists: false } }, { start: { greater_than_equal: from } }] }],
  }
  const shared: Where[] = spaceId ? [{ or: [{ host: { equals: spaceId } }, { partners: { in: [spaceId] } }] }] : []
  return findEvents(payload, locale, { and: [recent, ...shared] })
}
