import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * The events list's upcoming events (src/lib/cms/events/listQueries.ts): the events published in a
 * locale by the instant they end (their start without an end), so that those not over yet are a
 * range of the index instead of a scan of every event; the locale's count reads it alone.
 */
const locales = ['it', 'en'] as const

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const locale of locales) {
    await db.execute(
      sql.raw(`CREATE INDEX "events_ends_${locale}_idx" ON "events" ((coalesce("end", "start"))) WHERE "_status" = 'published' AND "available_in_${locale}";`),
    )
  }
  await db.execute(sql.raw(`ANALYZE events;`))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  for (const locale of locales) await db.execute(sql.raw(`DROP INDEX IF EXISTS "events_ends_${locale}_idx";`))
}
