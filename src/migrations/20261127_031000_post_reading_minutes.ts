import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'
import { postReadingMinutes } from '../collections/Posts/readingMinutesField'

/**
 * Each post's reading time per locale, stored on save (src/collections/Posts/readingMinutesField.ts)
 * so that the blog's cards no longer read every listed post's whole text. The posts and versions
 * saved before get theirs here, from the same function, a batch of rows at a time.
 */
const batchSize = 500

async function fill(db: MigrateUpArgs['db'], table: string, content: string, minutes: string) {
  for (let after = 0; ; ) {
    const { rows } = await db.execute<{ id: number; content: unknown }>(
      sql.raw(`SELECT id, "${content}" AS content FROM "${table}" WHERE id > ${after} ORDER BY id LIMIT ${batchSize}`),
    )
    if (!rows.length) return
    const values = rows.map((row) => `(${Number(row.id)}, ${postReadingMinutes(row.content)})`).join(', ')
    await db.execute(sql.raw(`UPDATE "${table}" SET "${minutes}" = v.minutes FROM (VALUES ${values}) AS v(id, minutes) WHERE "${table}".id = v.id`))
    after = Number(rows[rows.length - 1].id)
  }
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_locales" ADD COLUMN "reading_minutes" numeric;
  ALTER TABLE "_posts_v_locales" ADD COLUMN "version_reading_minutes" numeric;`)
  await fill(db, 'posts_locales', 'content', 'reading_minutes')
  await fill(db, '_posts_v_locales', 'version_content', 'version_reading_minutes')
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts_locales" DROP COLUMN "reading_minutes";
  ALTER TABLE "_posts_v_locales" DROP COLUMN "version_reading_minutes";`)
}
