import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { findCalendarEvents, findEventById } from './calendarQueries'
import { getPayloadClient } from '@/lib/cms/read/client'

/** The event with this id, if it is published in this locale. */
export const getEventById = cached('event-by-id', ['events', 'spaces'], async (locale: Locale, id: number) =>
  findEventById(await getPayloadClient(), locale, id),
)

/**
 * The events published in this locale (those shared with a space, with `spaceId`). Which of them
 * are recent enough is decided at request time (`calendarWindow`), so the cache never freezes "now".
 */
export const listCalendarEvents = cached('calendar-events', ['events', 'spaces'], async (locale: Locale, spaceId?: number) =>
  findCalendarEvents(await getPayloadClient(), locale, spaceId),
)
