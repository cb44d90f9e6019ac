import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { findEvent, findEventsPage, findUpcomingEvents } from './queries'
import type { EventSummary } from './views'

export type { EventsPage } from './queries'
export type { EventSummary, EventView } from './views'

/**
 * The list's reads depend on the clock: each is keyed by the minute it is read in (which it takes
 * as "now": an event ended a few seconds ago may stay upcoming until the next minute's read, plus
 * the time the page keeps its render), and lives in the cache no longer than the page that shows
 * it (the list's first page: a minute, the home: an hour). Cached all the same, so that the page's
 * render carries the tags that expire it.
 */
const currentMinute = () => new Date(Math.floor(Date.now() / 60_000) * 60_000).toISOString()

const readEventsPage = cached(
  'events-page',
  ['events', 'media'],
  async (locale: Locale, page: number, minute: string) => findEventsPage(await getPayloadClient(), locale, new Date(minute), page),
  60,
)

const readUpcomingEvents = cached(
  'events-upcoming',
  ['events', 'media'],
  async (locale: Locale, limit: number, minute: string) => findUpcomingEvents(await getPayloadClient(), locale, new Date(minute), limit),
  60 * 60,
)

/** One page of the events list, as it stands this minute. */
export const listEventsPage = (locale: Locale, page: number) => readEventsPage(locale, page, currentMinute())

/** The next `limit` events not over yet, soonest first (for the home page). */
export const getUpcomingEvents = (locale: Locale, limit = 3): Promise<EventSummary[]> => readUpcomingEvents(locale, limit, currentMinute())

/** The event with this slug in this locale, if it is published there. */
export const getEvent = previewable('event', ['events', 'spaces', 'projects', 'posts', 'media'], async (read, locale: Locale, slug: string) =>
  findEvent(await getPayloadClient(), locale, slug, read),
)
