import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "posts" ADD COLUMN "wordpress_id" numeric;
  ALTER TABLE "posts" ADD COLUMN "wordpress_slug" varchar;
  ALTER TABLE "_posts_v" ADD COLUMN "version_wordpress_id" numeric;
  ALTER TABLE "_posts_v" ADD COLUMN "version_wordpress_slug" varchar;
  ALTER TABLE "media" ADD COLUMN "wordpress_id" numeric;
  ALTER TABLE "categories" ADD COLUMN "wordpress_id" numeric;
  ALTER TABLE "tags" ADD COLUMN "wordpress_id" numeric;
  CREATE UNIQUE INDEX "posts_wordpress_id_idx" ON "posts" USING btree ("wordpress_id");
  CREATE INDEX "posts_wordpress_slug_idx" ON "posts" USING btree ("wordpress_slug");
  CREATE INDEX "_posts_v_version_version_wordpress_id_idx" ON "_posts_v" USING btree ("version_wordpress_id");
  CREATE INDEX "_posts_v_version_version_wordpress_slug_idx" ON "_posts_v" USING btree ("version_wordpress_slug");
  CREATE UNIQUE INDEX "media_wordpress_id_idx" ON "media" USING btree ("wordpress_id");
  CREATE UNIQUE INDEX "categories_wordpress_id_idx" ON "categories" USING btree ("wordpress_id");
  CREATE UNIQUE INDEX "tags_wordpress_id_idx" ON "tags" USING btree ("wordpress_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "posts_wordpress_id_idx";
  DROP INDEX "posts_wordpress_slug_idx";
  DROP INDEX "_posts_v_version_version_wordpress_id_idx";
  DROP INDEX "_posts_v_version_version_wordpress_slug_idx";
  DROP INDEX "media_wordpress_id_idx";
  DROP INDEX "categories_wordpress_id_idx";
  DROP INDEX "tags_wordpress_id_idx";
  ALTER TABLE "posts" DROP COLUMN "wordpress_id";
  ALTER TABLE "posts" DROP COLUMN "wordpress_slug";
  ALTER TABLE "_posts_v" DROP COLUMN "version_wordpress_id";
  ALTER TABLE "_posts_v" DROP COLUMN "version_wordpress_slug";
  ALTER TABLE "media" DROP COLUMN "wordpress_id";
  ALTER TABLE "categories" DROP COLUMN "wordpress_id";
  ALTER TABLE "tags" DROP COLUMN "wordpress_id";`)
}
