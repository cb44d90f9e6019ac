import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { SeatCounts } from './counts'

type Db = { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> }

/** Seats taken and people waiting, outside any transaction (for pages, feeds and the admin). */
export async function countSeats(payload: Payload, eventId: number): Promise<SeatCounts> {
  const db = (payload.db as unknown as { drizzle: Db }).drizzle
  const { rows } = await db.execute(sql`
    SELECT coalesce(sum(people) FILTER (WHERE status = 'confirmed'), 0)::int AS confirmed,
           count(*) FILTER (WHERE status = 'waitlisted')::int AS waitlisted
    FROM registrations WHERE event_id = ${eventId}`)
  return { confirmedSeats: Number(rows[0]?.confirmed ?? 0), waitlisted: Number(rows[0]?.waitlisted ?? 0) }
}
