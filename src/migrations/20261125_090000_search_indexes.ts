import { MigrateDownArgs, MigrateUpArgs, sql } from '@payloadcms/db-postgres'

/**
 * Full-text search: one GIN expression index per table and locale, with that language's stemming.
 * src/lib/search/searchSources.ts repeats these expressions exactly: the planner uses an expression
 * index only for the very same expression (tests/int/search.int.spec.ts checks the plan).
 */
const languages = { it: 'italian', en: 'english' } as const

type Part = [text: string, weight: 'A' | 'B' | 'C']

const vector = (config: string, parts: Part[]) =>
  parts.map(([text, weight]) => `setweight(to_tsvector('${config}', coalesce(${text}, '')), '${weight}')`).join(' || ')

const localized: Record<string, Part[]> = {
  posts_locales: [['title', 'A'], ['excerpt', 'B'], ['lexical_plain_text(content)', 'C']],
  events_locales: [['title', 'A'], ['summary', 'B'], ['lexical_plain_text(description)', 'C']],
  projects_locales: [['title', 'A'], ['summary', 'B'], ['lexical_plain_text(body)', 'C']],
  spaces_locales: [['lexical_plain_text(description)', 'C']],
}

// Not localized, so indexed once per language and without a locale predicate.
const shared: Record<string, Part[]> = {
  projects: [['hashtag', 'A']],
  spaces: [['name', 'A'], ['city', 'B'], ['region', 'B']],
}

const indexName = (table: string, locale: string) => `${table}_search_${locale}_idx`

function createIndexes(): string {
  return Object.entries(languages)
    .flatMap(([locale, config]) => [
      ...Object.entries(localized).map(
        ([table, parts]) =>
          `CREATE INDEX "${indexName(table, locale)}" ON "${table}" USING gin ((${vector(config, parts)})) WHERE "_locale" = '${locale}';`,
      ),
      ...Object.entries(shared).map(
        ([table, parts]) => `CREATE INDEX "${indexName(table, locale)}" ON "${table}" USING gin ((${vector(config, parts)}));`,
      ),
    ])
    .join('\n')
}

function dropIndexes(): string {
  return Object.keys(languages)
    .flatMap((locale) => [...Object.keys(localized), ...Object.keys(shared)].map((table) => `DROP INDEX IF EXISTS "${indexName(table, locale)}";`))
    .join('\n')
}

export async function up({ db }: MigrateUpArgs): Promise<void> {
  // The words of a Lexical document in reading order, without its JSON structure. jsonb_path_query
  // is immutable, so the function can be IMMUTABLE and indexed; silent, so that no document shape
  // can make the index expression, and with it the save, fail.
  await db.execute(sql`
  CREATE FUNCTION "lexical_plain_text"(document jsonb) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT string_agg(node #>> '{}', ' ' ORDER BY position)
          FROM jsonb_path_query(document, 'strict $.**.text ? (@.type() == "string")', '{}', true)
            WITH ORDINALITY AS found(node, position) $$;`)
  await db.execute(sql.raw(createIndexes()))
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql.raw(dropIndexes()))
  await db.execute(sql`DROP FUNCTION IF EXISTS "lexical_plain_text"(jsonb);`)
}
