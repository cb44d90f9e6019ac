import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Ten thousand posts (issue 13).
 * - Search: each localized row stores its weighted text-search vector in its own language
 *   (`search_vector`, a generated column PostgreSQL keeps up to date on every write), indexed per
 *   locale. Ranking reads the stored vector instead of recomputing it from the rich text.
 * - Lists: every blog list page (either locale, with or without a category or tag, first to last
 *   page) and Payload's deep REST/admin pages walk a btree in the order they show.
 * - The admin's translation counts read the latest versions through a partial index.
 */
type Part = [text: string, weight: 'A' | 'B' | 'C']

const localized: Record<string, Part[]> = {
  posts_locales: [['title', 'A'], ['excerpt', 'B'], ['lexical_plain_text(content)', 'C']],
  events_locales: [['title', 'A'], ['summary', 'B'], ['lexical_plain_text(description)', 'C']],
  projects_locales: [['title', 'A'], ['summary', 'B'], ['lexical_plain_text(body)', 'C']],
  spaces_locales: [['lexical_plain_text(description)', 'C']],
}

const vector = (config: string, parts: Part[]) =>
  parts.map(([text, weight]) => `setweight(to_tsvector('${config}'::regconfig, coalesce(${text}, '')), '${weight}')`).join(' || ')

const searchColumn = (table: string, parts: Part[]) => `
  ALTER TABLE "${table}" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    CASE WHEN "_locale" = 'en' THEN ${vector('english', parts)} ELSE ${vector('italian', parts)} END) STORED;
  CREATE INDEX "${table}_search_vector_it_idx" ON "${table}" USING gin ("search_vector") WHERE "_locale" = 'it';
  CREATE INDEX "${table}_search_vector_en_idx" ON "${table}" USING gin ("search_vector") WHERE "_locale" = 'en';
  DROP INDEX IF EXISTS "${table}_search_it_idx";
  DROP INDEX IF EXISTS "${table}_search_en_idx";`

const listIndexes = `
  CREATE INDEX "posts_list_it_idx" ON "posts" ("published_at" DESC, "id" DESC) WHERE "_status" = 'published' AND "available_in_it";
  CREATE INDEX "posts_list_en_idx" ON "posts" ("published_at" DESC, "id" DESC) WHERE "_status" = 'published' AND "available_in_en";
  CREATE INDEX "posts_rels_category_posts_idx" ON "posts_rels" ("categories_id", "parent_id") WHERE "path" = 'categories';
  CREATE INDEX "posts_rels_tag_posts_idx" ON "posts_rels" ("tags_id", "parent_id") WHERE "path" = 'tags';
  CREATE INDEX "posts_published_at_created_at_idx" ON "posts" ("published_at" DESC, "created_at" DESC, "id" DESC);
  CREATE INDEX "events_list_it_idx" ON "events" ("start", "id") WHERE "_status" = 'published' AND "available_in_it";
  CREATE INDEX "events_list_en_idx" ON "events" ("start", "id") WHERE "_status" = 'published' AND "available_in_en";
  CREATE INDEX "_posts_v_latest_parent_idx" ON "_posts_v" ("parent_id") WHERE "latest";
  CREATE INDEX "_events_v_latest_parent_idx" ON "_events_v" ("parent_id") WHERE "latest";
  CREATE INDEX "_projects_v_latest_parent_idx" ON "_projects_v" ("parent_id") WHERE "latest";`

const dropListIndexes = [
  'posts_list_it_idx', 'posts_list_en_idx', 'posts_rels_category_posts_idx', 'posts_rels_tag_posts_idx', 'posts_published_at_created_at_idx',
  'events_list_it_idx', 'events_list_en_idx', '_posts_v_latest_parent_idx', '_events_v_latest_parent_idx', '_projects_v_latest_parent_idx',
].map((name) => `DROP INDEX IF EXISTS "${name}";`).join('\n')

export async function up({ db }: MigrateUpArgs): Promise<void> {
  for (const [table, parts] of Object.entries(localized)) await db.execute(sql.raw(searchColumn(table, parts)))
  await db.execute(sql.raw(listIndexes))
  await db.execute(sql.raw(`ANALYZE posts, posts_locales, posts_rels, events, events_locales, projects_locales, spaces_locales, _posts_v;`))
}

const oldIndex = (table: string, locale: 'it' | 'en', parts: Part[]) =>
  `CREATE INDEX "${table}_search_${locale}_idx" ON "${table}" USING gin ((${vector(locale === 'it' ? 'italian' : 'english', parts).replaceAll('::regconfig', '')})) WHERE "_locale" = '${locale}';`

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropListIndexes))
  for (const [table, parts] of Object.entries(localized)) {
    await db.execute(sql.raw(`ALTER TABLE "${table}" DROP COLUMN IF EXISTS "search_vector"; ${oldIndex(table, 'it', parts)} ${oldIndex(table, 'en', parts)}`))
  }
}
