import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'
import { pageSearchText } from '../collections/Pages/pageSearchText'

/**
 * Issue 15: staff redirects (Payload's redirects plugin), and pages in the site search.
 * A page's block text is kept in `search_text` by a hook (blocks live in other tables, which a
 * generated column cannot read); `search_vector` is stored and indexed per locale exactly as the
 * other collections' in migration 20261126_150000_scale, and published pages are filled in here.
 */
const vector = (config: string) =>
  [['title', 'A'], ['summary', 'B'], ['search_text', 'C']]
    .map(([text, weight]) => `setweight(to_tsvector('${config}'::regconfig, coalesce(${text}, '')), '${weight}')`)
    .join(' || ')

const pageSearch = `
  ALTER TABLE "pages_locales" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    CASE WHEN "_locale" = 'en' THEN ${vector('english')} ELSE ${vector('italian')} END) STORED;
  CREATE INDEX "pages_locales_search_vector_it_idx" ON "pages_locales" USING gin ("search_vector") WHERE "_locale" = 'it';
  CREATE INDEX "pages_locales_search_vector_en_idx" ON "pages_locales" USING gin ("search_vector") WHERE "_locale" = 'en';`

export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_redirects_to_type" AS ENUM('reference', 'custom');
  CREATE TYPE "public"."enum_redirects_type" AS ENUM('308', '307');
  CREATE TABLE "redirects" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"from" varchar NOT NULL,
  	"to_type" "enum_redirects_to_type" DEFAULT 'reference',
  	"to_url" varchar,
  	"type" "enum_redirects_type" DEFAULT '308' NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "redirects_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"posts_id" integer,
  	"events_id" integer,
  	"spaces_id" integer,
  	"projects_id" integer,
  	"pages_id" integer
  );
  
  ALTER TABLE "pages_locales" ADD COLUMN "search_text" varchar;
  ALTER TABLE "_pages_v_locales" ADD COLUMN "version_search_text" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "redirects_id" integer;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_posts_fk" FOREIGN KEY ("posts_id") REFERENCES "public"."posts"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_events_fk" FOREIGN KEY ("events_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_spaces_fk" FOREIGN KEY ("spaces_id") REFERENCES "public"."spaces"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_projects_fk" FOREIGN KEY ("projects_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "redirects_rels" ADD CONSTRAINT "redirects_rels_pages_fk" FOREIGN KEY ("pages_id") REFERENCES "public"."pages"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "redirects_from_idx" ON "redirects" USING btree ("from");
  CREATE INDEX "redirects_updated_at_idx" ON "redirects" USING btree ("updated_at");
  CREATE INDEX "redirects_created_at_idx" ON "redirects" USING btree ("created_at");
  CREATE INDEX "redirects_rels_order_idx" ON "redirects_rels" USING btree ("order");
  CREATE INDEX "redirects_rels_parent_idx" ON "redirects_rels" USING btree ("parent_id");
  CREATE INDEX "redirects_rels_path_idx" ON "redirects_rels" USING btree ("path");
  CREATE INDEX "redirects_rels_posts_id_idx" ON "redirects_rels" USING btree ("posts_id");
  CREATE INDEX "redirects_rels_events_id_idx" ON "redirects_rels" USING btree ("events_id");
  CREATE INDEX "redirects_rels_spaces_id_idx" ON "redirects_rels" USING btree ("spaces_id");
  CREATE INDEX "redirects_rels_projects_id_idx" ON "redirects_rels" USING btree ("projects_id");
  CREATE INDEX "redirects_rels_pages_id_idx" ON "redirects_rels" USING btree ("pages_id");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_redirects_fk" FOREIGN KEY ("redirects_id") REFERENCES "public"."redirects"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_redirects_id_idx" ON "payload_locked_documents_rels" USING btree ("redirects_id");`)
  await db.execute(sql.raw(pageSearch))
  await fillPageSearchText(db)
}

/**
 * Fills `search_text` from the blocks' own tables, not through payload.find: the Local API reads with the
 * config of the code that runs, whose blocks may have tables that later migrations make.
 */
export async function fillPageSearchText(db: MigrateUpArgs['db']): Promise<void> {
  const rowsOf = async (query: string) => ((await db.execute(sql.raw(query))) as unknown as { rows: Record<string, unknown>[] }).rows
  const blocks = new Map<string, Record<string, unknown>[]>()
  const add = (row: Record<string, unknown>, block: Record<string, unknown>) => {
    const key = `${row.page}:${row.locale}`
    blocks.set(key, [...(blocks.get(key) ?? []), { ...block, order: row.ord }])
  }
  for (const row of await rowsOf(`SELECT _parent_id AS page, _locale AS locale, _order AS ord, heading, text FROM pages_blocks_hero`)) add(row, { blockType: 'hero', heading: row.heading, text: row.text })
  for (const row of await rowsOf(`SELECT _parent_id AS page, _locale AS locale, _order AS ord, heading, text FROM pages_blocks_call_to_action`)) add(row, { blockType: 'callToAction', heading: row.heading, text: row.text })
  for (const row of await rowsOf(`SELECT _parent_id AS page, _locale AS locale, _order AS ord, content FROM pages_blocks_rich_text`)) add(row, { blockType: 'richText', content: row.content })
  for (const row of await rowsOf(`SELECT _parent_id AS page, _locale AS locale, _order AS ord, caption FROM pages_blocks_image`)) add(row, { blockType: 'image', caption: row.caption })
  const faqItems = await rowsOf(`SELECT _parent_id AS block, question, answer FROM pages_blocks_faq_items ORDER BY _order`)
  for (const row of await rowsOf(`SELECT id, _parent_id AS page, _locale AS locale, _order AS ord, heading FROM pages_blocks_faq`)) {
    add(row, { blockType: 'faq', heading: row.heading, items: faqItems.filter((item) => item.block === row.id) })
  }
  const included = await rowsOf(`SELECT _parent_id AS plan, item FROM pages_blocks_plans_plans_included ORDER BY _order`)
  const plans = await rowsOf(`SELECT id, _parent_id AS block, name FROM pages_blocks_plans_plans ORDER BY _order`)
  for (const row of await rowsOf(`SELECT id, _parent_id AS page, _locale AS locale, _order AS ord, heading, note FROM pages_blocks_plans`)) {
    const own = plans.filter((plan) => plan.block === row.id).map((plan) => ({ name: plan.name, included: included.filter((item) => item.plan === plan.id) }))
    add(row, { blockType: 'plans', heading: row.heading, note: row.note, plans: own })
  }
  for (const [key, layout] of blocks) {
    const [page, locale] = key.split(':')
    layout.sort((a, b) => Number(a.order) - Number(b.order))
    await db.execute(sql`UPDATE "pages_locales" SET "search_text" = ${pageSearchText(layout)} WHERE "_parent_id" = ${Number(page)} AND "_locale" = ${locale}`)
  }
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(`ALTER TABLE "pages_locales" DROP COLUMN IF EXISTS "search_vector";`))
  await db.execute(sql`
   ALTER TABLE "redirects" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "redirects_rels" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "redirects" CASCADE;
  DROP TABLE "redirects_rels" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_redirects_fk";
  
  DROP INDEX "payload_locked_documents_rels_redirects_id_idx";
  ALTER TABLE "pages_locales" DROP COLUMN "search_text";
  ALTER TABLE "_pages_v_locales" DROP COLUMN "version_search_text";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "redirects_id";
  DROP TYPE "public"."enum_redirects_to_type";
  DROP TYPE "public"."enum_redirects_type";`)
}
