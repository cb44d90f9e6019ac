import { sql } from '@payloadcms/db-postgres'
import { countSeats } from './countSeats'
import type { SeatCounts } from './counts'
import { createLocalReq, type Payload, type PayloadRequest } from 'payload'

type Session = { db: { execute: (query: ReturnType<typeof sql>) => Promise<{ rows: Record<string, unknown>[] }> } }

/** The Drizzle transaction Payload holds for this request (`db.sessions`), to run SQL inside it. */
export async function transactionDb(req: PayloadRequest): Promise<Session['db']> {
  const id = req.transactionID instanceof Promise ? await req.transactionID : req.transactionID
  const session = id === undefined || id === null ? undefined : (req.payload.db as unknown as { sessions: Record<string, Session> }).sessions[String(id)]
  if (!session) throw new Error('No transaction on this request')
  return session.db
}

/**
 * Runs `work` in one transaction of Payload's (so Local API calls given `req` join it) and commits;
 * rolls back when it throws. A request already in a transaction (an admin save) keeps its own.
 */
export async function inTransaction<T>(payload: Payload, work: (req: PayloadRequest) => Promise<T>, outer?: PayloadRequest): Promise<T> {
  if (outer?.transactionID) return work(outer)
  const req = outer ?? (await createLocalReq({}, payload))
  const id = await payload.db.beginTransaction!()
  if (!id) throw new Error('The database adapter gave no transaction')
  req.transactionID = id
  try {
    const result = await work(req)
    await payload.db.commitTransaction!(id)
    return result
  } catch (error) {
    await payload.db.rollbackTransaction!(id)
    throw error
  } finally {
    delete req.transactionID
  }
}

/** Locks the event's row until the transaction ends: registrations of one event take turns. */
export async function lockEvent(req: PayloadRequest, eventId: number): Promise<boolean> {
  const db = await transactionDb(req)
  const { rows } = await db.execute(sql`SELECT id FROM events WHERE id = ${eventId} FOR UPDATE`)
  return rows.length > 0
}


/** The seats taken, read inside the transaction that holds the event's lock. */
export async function seatCounts(req: PayloadRequest, eventId: number): Promise<SeatCounts> {
  return countSeats({ db: { drizzle: await transactionDb(req) } } as unknown as Payload, eventId)
}
