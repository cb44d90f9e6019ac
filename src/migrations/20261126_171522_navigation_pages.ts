import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "navigation_items" ADD COLUMN "document_id" integer;
  ALTER TABLE "navigation_items" ADD CONSTRAINT "navigation_items_document_id_pages_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."pages"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "navigation_items_document_idx" ON "navigation_items" USING btree ("document_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "navigation_items" DROP CONSTRAINT "navigation_items_document_id_pages_id_fk";
  
  DROP INDEX "navigation_items_document_idx";
  ALTER TABLE "navigation_items" DROP COLUMN "document_id";`)
}
