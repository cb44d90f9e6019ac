import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { findEvent, findEvents } from './queries'
import { splitEvents } from './timeline'
import type { EventSummary } from './views'

export type { EventSummary, EventView } from './views'

/**
 * Every event published in this locale, by start. The split between upcoming and past is left to
 * the caller, at render time (`splitEvents`), so the cached list never freezes "now".
 */
export const listEvents = cached('events-list', ['events', 'media'], async (locale: Locale) => findEvents(await getPayloadClient(), locale))

/** The next `limit` events not over yet, soonest first (for the home page). */
export async function getUpcomingEvents(locale: Locale, limit = 3): Promise<EventSummary[]> {
  return splitEvents(await listEvents(locale), new Date()).upcoming.slice(0, limit)
}

/** The event with this slug in this locale, if it is published there. */
export const getEvent = previewable('event', ['events', 'spaces', 'projects', 'posts', 'media'], async (read, locale: Locale, slug: string) =>
  findEvent(await getPayloadClient(), locale, slug, read),
)
