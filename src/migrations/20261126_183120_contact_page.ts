import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/** Issue 15: the site settings name the contact page (header call to action, events without registration). */

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" ADD COLUMN "contact_page_id" integer;
  ALTER TABLE "site_settings" ADD CONSTRAINT "site_settings_contact_page_id_pages_id_fk" FOREIGN KEY ("contact_page_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "site_settings_contact_page_idx" ON "site_settings" USING btree ("contact_page_id");`)
  // A site that already has the demo's contact page links it at once.
  await db.execute(sql`UPDATE "site_settings" SET "contact_page_id" = (SELECT "_parent_id" FROM "pages_locales" WHERE "_locale" = 'it' AND "slug" = 'contatti' LIMIT 1)`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "site_settings" DROP CONSTRAINT "site_settings_contact_page_id_pages_id_fk";
  
  DROP INDEX "site_settings_contact_page_idx";
  ALTER TABLE "site_settings" DROP COLUMN "contact_page_id";`)
}
