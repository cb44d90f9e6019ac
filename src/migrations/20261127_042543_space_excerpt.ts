import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { spaceExcerpt } from '../collections/spaceExcerptField'

/**
 * Each space's card excerpt per locale, stored on save (src/collections/spaceExcerptField.ts) so
 * that the spaces list no longer reads every space's whole description. The spaces saved before get
 * theirs here, from the same function, a batch of rows at a time.
 */
const batchSize = 500

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "spaces_locales" ADD COLUMN "excerpt" varchar;`)
  for (let after = 0; ; ) {
    const { rows } = await db.execute<{ id: number; description: unknown }>(
      sql`SELECT id, description FROM spaces_locales WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`,
    )
    if (!rows.length) return
    for (const row of rows) {
      const excerpt = spaceExcerpt(row.description)
      if (excerpt) await db.execute(sql`UPDATE spaces_locales SET excerpt = ${excerpt} WHERE id = ${row.id}`)
    }
    after = Number(rows[rows.length - 1].id)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`ALTER TABLE "spaces_locales" DROP COLUMN "excerpt";`)
}
