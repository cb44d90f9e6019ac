import type { Payload, Where } from 'payload'
import type { Locale } from '@/i18n/locales'
import { type EventView, toEventView } from './views'
import { publicRead } from '@/lib/cms/read/publicRead'

const spaceFields = { name: true, slug: true, city: true, country: true, availableIn: true } as const

async function findEvents(payload: Payload, locale: Locale, where: Where, limit: number): Promise<EventView[]> {
  const { docs } = await payload.find({
    collection: 'events',
    where,
    sort: 'start',
    limit,
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

/** The events published in this locale, by start; with `spaceId`, those the space hosts or is a partner in. */
export function findCalendarEvents(payload: Payload, locale: Locale, spaceId?: number): Promise<EventView[]> {
  const where: Where = spaceId ? { or: [{ host: { equals: spaceId } }, { partners: { in: [spaceId] } }] } : {}
  return findEvents(payload, locale, where, 500)
}
