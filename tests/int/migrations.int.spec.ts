import { readdir } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

type DrizzleAdapter = {
  schema: Record<string, unknown>
  drizzle: unknown
  pool: { query: (sql: string, values: unknown[]) => Promise<{ rows: { column_default: string | null }[] }> }
  requireDrizzleKit: () => {
    pushSchema: (schema: unknown, db: unknown) => Promise<{ statementsToExecute: string[] }>
  }
}

/**
 * drizzle-kit re-emits `SET DEFAULT 0` for numeric columns whatever the database holds
 * (it compares '0'::numeric with 0); such a statement is only a difference if the default differs.
 */
async function restatesExistingDefault(adapter: DrizzleAdapter, statement: string): Promise<boolean> {
  const match = /^ALTER TABLE "(\w+)" ALTER COLUMN "(\w+)" SET DEFAULT (.+);$/.exec(statement)
  if (!match) return false
  const [, table, column, wanted] = match
  const { rows } = await adapter.pool.query(
    'SELECT column_default FROM information_schema.columns WHERE table_name = $1 AND column_name = $2',
    [table, column],
  )
  const actual = rows[0]?.column_default?.replace(/::\w+$/, '').replace(/^'(.*)'$/, '$1')
  return actual === wanted
}

// Drizzle cannot describe the full-text expression indexes of migration 20261125_090000, so it offers to drop them.
const searchIndexDrops = ['posts_locales', 'events_locales', 'projects_locales', 'spaces_locales', 'projects', 'spaces'].flatMap(
  (table) => ['it', 'en'].map((locale) => `DROP INDEX "${table}_search_${locale}_idx";`),
)

const localeParentTables = ['posts_locales', '_posts_v_locales', 'events_locales', '_events_v_locales']

// Nor the stored search vectors (generated columns) and the list indexes of migration 20261126_150000_scale.
const scaleDrops = [
  ...['posts', 'events', 'projects', 'spaces'].flatMap((table) => [
    `ALTER TABLE "${table}_locales" DROP COLUMN "search_vector";`,
    ...['it', 'en'].map((locale) => `DROP INDEX "${table}_locales_search_vector_${locale}_idx";`),
  ]),
  ...['posts', 'events'].flatMap((table) => ['it', 'en'].map((locale) => `DROP INDEX "${table}_list_${locale}_idx";`)),
  ...['posts', 'events', 'projects'].map((table) => `DROP INDEX "_${table}_v_latest_parent_idx";`),
  'DROP INDEX "posts_rels_category_posts_idx";',
  'DROP INDEX "posts_rels_tag_posts_idx";',
  'DROP INDEX "posts_published_at_created_at_idx";',
  // …and of migration 20261126_182621_redirects_page_search.
  'ALTER TABLE "pages_locales" DROP COLUMN "search_vector";',
  ...['it', 'en'].map((locale) => `DROP INDEX "pages_locales_search_vector_${locale}_idx";`),
  // And the partial unique index of migration 20261126_182629_registrations.
  'DROP INDEX "registrations_active_email_idx";',
  // And the locale rows' parent indexes of migration 20261127_000000_locale_parent_indexes.
  ...localeParentTables.map((table) => `DROP INDEX "${table}_parent_idx";`),
  // And the events' end index of migration 20261127_001000_events_window.
  ...['it', 'en'].map((locale) => `DROP INDEX "events_ends_${locale}_idx";`),
  // And the blog filter's counts, kept by triggers (migration 20261127_030000_post_term_counts).
  ...['post_term_counts', 'post_term_count_changes'].flatMap((table) => [
    `ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY;`,
    `DROP TABLE "${table}" CASCADE;`,
  ]),
]

describe('migrations', () => {
  it('build an empty database to exactly the schema the config describes', async () => {
    const adapter = payload.db as unknown as DrizzleAdapter
    const { pushSchema } = adapter.requireDrizzleKit()
    const { statementsToExecute } = await pushSchema(adapter.schema, adapter.drizzle)
    const differences = []
    for (const statement of statementsToExecute) {
      if (searchIndexDrops.includes(statement) || scaleDrops.includes(statement)) continue
      if (!(await restatesExistingDefault(adapter, statement))) differences.push(statement)
    }
    expect(differences).toEqual([])
  })

  it("find a post's or an event's rows in every locale through an index on their parent", async () => {
    const adapter = payload.db as unknown as { pool: { query: (sql: string) => Promise<Array<{ rows: { 'QUERY PLAN': string }[] }>> } }
    for (const table of localeParentTables) {
      // As if the table were large: on the test's few rows a sequential scan would rightly win.
      const results = await adapter.pool.query(`BEGIN; SET LOCAL enable_seqscan = off; EXPLAIN DELETE FROM "${table}" WHERE "_parent_id" = 1; ROLLBACK;`)
      const plan = results[2].rows.map((row) => row['QUERY PLAN']).join('\n')
      expect(plan).toContain(` ${table}_parent_idx `)
    }
  })

  it('are all listed in src/migrations/index.ts and all applied', async () => {
    const files = (await readdir(path.resolve('src/migrations'))).filter((f) => /^\d{8}_\d{6}_.+\.ts$/.test(f))
    const { migrations } = await import('@/migrations')
    expect(migrations.map((m) => `${m.name}.ts`).sort()).toEqual(files.sort())
    const applied = await payload.find({ collection: 'payload-migrations', pagination: false })
    expect(applied.docs.map((doc) => doc.name).sort()).toEqual(migrations.map((m) => m.name).sort())
  })
})
