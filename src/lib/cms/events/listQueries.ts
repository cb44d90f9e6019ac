import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { ROME_TIME_ZONE } from '@/config/rome'
import { drizzleOf } from '@/db/drizzleOf'

/**
 * The events list's ids in SQL, split at `now` as `endsAt` (timeline.ts) splits them: an event is
 * over at its end, its start without one, at midnight in Rome after its last day when it lasts all
 * day (whatever the time zone of the session, and on Rome's days of 23 or 25 hours). The conditions are those of
 * `publishedInLocale`, the anonymous visitor's access; Payload then reads the shown documents
 * with that access applied again.
 */
// Locale comes from the closed list of locales: written into the statement so that the planner
// matches the partial indexes (`events_list_it_idx`, `events_ends_it_idx`).
const visible = (locale: Locale) => sql.raw(`e._status = 'published' AND e.available_in_${locale}`)

const last = `coalesce(e."end", e.start)`
const endsAt = sql.raw(
  `CASE WHEN e.all_day THEN (date_trunc('day', ${last} AT TIME ZONE '${ROME_TIME_ZONE}') + interval '1 day') AT TIME ZONE '${ROME_TIME_ZONE}' ELSE ${last} END`,
)

// No event lasts past 25 hours after its end (or start), the longest day in Rome: this bound
// walks `events_ends_{locale}_idx`.
const notOver = (now: Date) => sql`coalesce(e."end", e.start) > ${now.toISOString()}::timestamptz - interval '25 hours' AND ${endsAt} > ${now.toISOString()}::timestamptz`

/** The ids of the events not over at `now`, soonest first (`limit` of them, or all). */
export function upcomingStatement(locale: Locale, now: Date, limit?: number) {
  const capped = limit ? sql` LIMIT ${limit}` : sql``
  return sql`SELECT e.id FROM events e WHERE ${visible(locale)} AND ${notOver(now)} ORDER BY e.start, e.id${capped}`
}

/**
 * One page of the list in one statement (one snapshot): every upcoming id, the ids of `page` of
 * the past events (most recent first) and how many events the locale has in all.
 */
export function eventsPageStatement(locale: Locale, now: Date, page: number, perPage: number) {
  return sql`SELECT
    (SELECT count(*) FROM events e WHERE ${visible(locale)})::int AS total,
    ARRAY(${upcomingStatement(locale, now)}) AS upcoming,
    ARRAY(SELECT e.id FROM events e WHERE ${visible(locale)} AND ${endsAt} <= ${now.toISOString()}::timestamptz
      ORDER BY e.start DESC, e.id DESC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}) AS past`
}

export type EventsPageIds = { total: number; upcoming: number[]; past: number[] }

export async function eventsPageIds(payload: Payload, locale: Locale, now: Date, page: number, perPage: number): Promise<EventsPageIds> {
  const { rows } = await drizzleOf(payload).execute<EventsPageIds>(eventsPageStatement(locale, now, page, perPage))
  return rows[0]
}

export async function upcomingIds(payload: Payload, locale: Locale, now: Date, limit: number): Promise<number[]> {
  const { rows } = await drizzleOf(payload).execute<{ id: number }>(upcomingStatement(locale, now, limit))
  return rows.map((row) => row.id)
}
