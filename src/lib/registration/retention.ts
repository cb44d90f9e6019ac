import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { getEnv } from '@/config/env'

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Deletes the registrations of events that ended (or, without an end, started) more than `days`
 * days before `now`, and those whose event no longer exists. One statement; returns how many went.
 */
export async function deleteExpiredRegistrations(payload: Payload, now: Date, days = getEnv().REGISTRATION_RETENTION_DAYS): Promise<number> {
  const cutoff = new Date(now.getTime() - days * DAY_MS).toISOString()
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const { rows } = await db.execute(sql`
    DELETE FROM registrations r
    WHERE r.event_id IS NULL
       OR EXISTS (SELECT 1 FROM events e WHERE e.id = r.event_id AND coalesce(e."end", e.start) < ${cutoff}::timestamptz)
    RETURNING r.id`)
  if (rows.length) payload.logger.info({ msg: `Deleted ${rows.length} registrations of events over for ${days} days` })
  return rows.length
}
