import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * A document's rows in every locale, found by their parent alone (issue 13). Payload reads and
 * rewrites them by `_parent_id` on every save and every read of all locales, but its only index
 * on them starts with `_locale`: each lookup read that whole index, 93 pages with 10,000 posts.
 * Posts and events are the collections that grow.
 */
const tables = ['posts_locales', '_posts_v_locales', 'events_locales', '_events_v_locales']

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql.raw(tables.map((table) => `CREATE INDEX "${table}_parent_idx" ON "${table}" ("_parent_id");`).join('\n')))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(tables.map((table) => `DROP INDEX IF EXISTS "${table}_parent_idx";`).join('\n')))
}
