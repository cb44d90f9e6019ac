import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

/** Payload's Drizzle client, for the statements written in SQL (lists, search, sitemap, counts). */
export const drizzleOf = (payload: Payload) => (payload.db as unknown as PostgresAdapter).drizzle
