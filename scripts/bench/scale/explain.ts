import { sql } from '@payloadcms/db-postgres'
import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'
import { eventsPageStatement, upcomingStatement } from '../../../src/lib/cms/events/listQueries'
import { postPageStatements, termCountsStatement } from '../../../src/lib/cms/posts/listQueries'
import { searchStatement } from '../../../src/lib/cms/search/searchStatement'

/** EXPLAIN ANALYZE of the blog list's, the events list's and the search's statements on the generated site. */
export async function explainPlans(databaseUrl: string, lastPage: number, lastEventsPage: number): Promise<Record<string, string>> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const db = drizzle(client)
  const category = (await client.query(`SELECT slug FROM categories_locales WHERE _locale = 'it' ORDER BY _parent_id LIMIT 1 OFFSET 1`)).rows[0]?.slug ?? ''
  const statements = {
    'blog it, last page': postPageStatements('it', {}, lastPage, 9).ids,
    'blog it, count': postPageStatements('it', {}, lastPage, 9).count,
    'blog it, category, page 5': postPageStatements('it', { category }, 5, 9).ids,
    'events it, first page': eventsPageStatement('it', new Date(), 1, 24),
    'events it, last page': eventsPageStatement('it', new Date(), lastEventsPage, 24),
    'events en, home (next 3)': upcomingStatement('en', new Date(), 3),
    "blog it, the filter's terms and counts": termCountsStatement('it'),
    'search it "spazi" (every post), page 10': searchStatement({ locale: 'it', query: 'spazi', limit: 10, offset: 90 }),
    'search en "zefirod3" (rare)': searchStatement({ locale: 'en', query: 'zefirod3', limit: 10, offset: 0 }),
  }
  const plans: Record<string, string> = {}
  try {
    for (const [name, statement] of Object.entries(statements)) {
      const { rows } = await db.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN (ANALYZE, COSTS OFF, BUFFERS OFF) ${statement}`)
      plans[name] = rows.map((row) => row['QUERY PLAN']).join('\n')
    }
  } finally {
    await client.end()
  }
  return plans
}
