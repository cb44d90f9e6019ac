import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './setup/payload'

let payload: Payload
let ids: number[] = []

beforeAll(async () => {
  payload = await testPayload()
  const { drizzle } = payload.db as unknown as PostgresAdapter
  // 400 events with distinct dates: Payload's own query leaves the order of ties undefined.
  const { rows } = await drizzle.execute<{ id: number }>(sql`
    WITH m AS (INSERT INTO events (start, start_tz, end_tz, status, _status, available_in_it, created_at)
      SELECT timestamptz '2001-01-01' + ((i * 37) % 400) * interval '1 day', 'Europe/Rome', 'Europe/Rome', 'scheduled', 'published', true, timestamptz '2001-01-01' + ((i * 53) % 400) * interval '1 minute'
      FROM generate_series(1, 400) AS i RETURNING id)
    SELECT id FROM m`)
  ids = rows.map((row) => row.id)
  await drizzle.execute(sql`INSERT INTO events_locales (_locale, _parent_id, title, slug) SELECT 'it', id, 'Evento ' || id, 'evento-profondo-' || id FROM events WHERE id IN ${ids}`)
})

afterAll(async () => {
  await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`DELETE FROM events WHERE id IN ${ids}`)
})

describe('deep pages of an unfiltered list', () => {
  it.each(['-start', 'start', '-createdAt', 'id'])('are the same documents as the plain query, sorted by %s', async (sort) => {
    const limit = 10
    const pages = Math.ceil((await payload.count({ collection: 'events' })).totalDocs / limit)
    for (const page of [25, 30, pages]) {
      const fast = await payload.find({ collection: 'events', sort, page, limit, depth: 0, locale: 'it' })
      // A condition that holds for every document takes Payload's own path.
      const plain = await payload.find({ collection: 'events', sort, page, limit, depth: 0, locale: 'it', where: { id: { exists: true } } })
      expect(fast.docs.map((doc) => doc.id)).toEqual(plain.docs.map((doc) => doc.id))
      expect(fast.docs[0]?.title).toBe(plain.docs[0]?.title)
      const { docs: _fast, ...fastPaging } = fast
      const { docs: _plain, ...plainPaging } = plain
      expect(fastPaging).toEqual(plainPaging)
    }
  })

  it('answers a page past the end with no documents', async () => {
    const result = await payload.find({ collection: 'events', page: 100_000, limit: 10, depth: 0 })
    expect(result.docs).toEqual([])
    expect(result.hasNextPage).toBe(false)
  })
})
