import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Posts written before the first refresh; each later one waits until the posts written have doubled. */
const FIRST_REFRESH = 50

export const statisticsDue = (written: number, refreshedAt: number): boolean => written > refreshedAt && written >= Math.max(FIRST_REFRESH, refreshedAt * 2)

/**
 * ANALYZE of the tables a post's save writes, as the import grows them. Until autovacuum analyzes
 * them (never, on a server that runs without it), PostgreSQL plans as if they were as small as
 * when last analyzed: Payload's "latest version" lookups then read every version through the
 * `updated_at` index, and each connection keeps the plans of its foreign-key checks, made while
 * the tables were empty, which read every post per check. Both grow with the table.
 */
export async function refreshPostStatistics(payload: Payload): Promise<void> {
  const adapter = payload.db as unknown as PostgresAdapter
  const tables = Object.keys(adapter.tables).filter((name) => /^_?posts(_|$)/.test(name))
  await adapter.drizzle.execute(sql.raw(`ANALYZE ${tables.map((name) => `"${name}"`).join(', ')}`))
}
