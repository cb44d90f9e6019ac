import 'server-only'
import type { Where } from 'payload'
import { isLocale, type Locale } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { type EventView, toEventView } from './eventViews'
import { publicRead } from './publicRead'

const spaceFields = { name: true, slug: true, city: true, country: true, availableIn: true } as const

async function findEvents(locale: Locale, where: Where, limit: number): Promise<EventView[]> {
  const payload = await getPayloadClient()
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
export const getEventById = cached('event-by-id', ['events', 'spaces'], async (locale: Locale, id: number) => {
  if (!isLocale(locale)) return null
  const [event] = await findEvents(locale, { id: { equals: id } }, 1)
  return event ?? null
})

/**
 * The events published in this locale, by start; with `spaceId`, those the space hosts or is a
 * partner in. Which of them are recent enough is decided at request time (`calendarWindow`).
 */
export const listCalendarEvents = cached('calendar-events', ['events', 'spaces'], async (locale: Locale, spaceId?: number) => {
  if (!isLocale(locale)) return []
  const where: Where = spaceId ? { or: [{ host: { equals: spaceId } }, { partners: { in: [spaceId] } }] } : {}
  return findEvents(locale, where, 500)
})
