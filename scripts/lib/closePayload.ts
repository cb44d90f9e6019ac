import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Pool, PoolClient } from 'pg'

// pg-pool's own lists: every client it opened, and those waiting idle.
type PoolLists = Pool & { _clients?: PoolClient[]; _idle?: Array<{ client: PoolClient }> }

/**
 * Closes every connection Payload opened, so that its database can then be dropped without the
 * pool seeing its clients killed ("Database connection lost"). destroy() leaves the pool open, and
 * the Postgres adapter never releases the client it first connects with (db-postgres connect.js):
 * pool.end() alone would wait for that one forever.
 */
export async function closePayload(payload: Payload): Promise<void> {
  const pool = (payload.db as unknown as PostgresAdapter).pool as PoolLists
  await payload.destroy()
  const idle = new Set(pool._idle?.map((item) => item.client))
  for (const client of pool._clients ?? []) if (!idle.has(client)) client.release()
  await pool.end()
}
