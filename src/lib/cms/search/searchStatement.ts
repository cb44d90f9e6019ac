import { sql } from '@payloadcms/db-postgres'
import type { Locale } from '@/i18n/locales'
import { headlineOptions, highlightMarkers } from './highlight'
import { type SearchSource, searchLanguages, searchSources, weightedVector } from './searchSources'

type Sql = ReturnType<typeof sql.raw>

/** `ranked` lowers the number of ranked matches (tests); the site uses `rankedMatches`. */
export type SearchPage = { locale: Locale; query: string; limit: number; offset: number; ranked?: number }

/**
 * How many matches are ranked. Ranking reads each match's stored vector (a TOASTed value of a few
 * kB): a word found in every post would read all of them for every search. Beyond this many
 * matches only the newest are ranked; the older ones follow them, newest first, so every match is
 * still listed and counted. On a site with fewer matches than this, every match is ranked.
 */
export const rankedMatches = 500

const table = (source: SearchSource, suffix = '') => sql.raw(`"${source.collection}${suffix}"`)
const literal = (value: string) => sql.raw(`'${value}'`)

// Locale and language come from closed lists, never from the visitor; they are written into the
// statement because a partial index is only chosen for a literal `_locale = 'it'`.
const localeRow = (locale: Locale) => sql`l._parent_id = m.id AND l._locale = ${literal(locale)}`

const visible = (source: SearchSource, locale: Locale) =>
  sql.raw(`m.available_in_${locale}${source.drafts ? ` AND m._status = 'published'` : ''}`)

const sharedVector = (source: SearchSource, locale: Locale) => sql.raw(weightedVector(searchLanguages[locale], source.shared ?? []))

/** The ids of one collection's matches with their date: the GIN index answers, no vector is read. */
function matches(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const head = sql`SELECT ${literal(source.collection)} AS collection, m.id, ${sql.raw(source.date)} AS date`
  if (!source.shared) {
    return sql`${head} FROM ${table(source, '_locales')} l JOIN ${table(source)} m ON ${localeRow(locale)}
      WHERE l.search_vector @@ ${tsquery} AND ${visible(source, locale)}`
  }
  // Small collections (spaces, projects) whose names and hashtags are not localized.
  return sql`${head} FROM ${table(source)} m WHERE ${visible(source, locale)} AND m.id IN (
      SELECT l._parent_id FROM ${table(source, '_locales')} l WHERE l._locale = ${literal(locale)} AND l.search_vector @@ ${tsquery}
      UNION SELECT m.id FROM ${table(source)} m WHERE ${sharedVector(source, locale)} @@ ${tsquery})`
}

/** The rank of one collection's candidates, from the stored vectors. */
function ranks(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const vector = source.shared ? sql`coalesce(l.search_vector, ''::tsvector) || ${sharedVector(source, locale)}` : sql`l.search_vector`
  return sql`SELECT ${literal(source.collection)} AS collection, m.id, ts_rank(${vector}, ${tsquery}) AS rank
    FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(locale)}
    WHERE m.id IN (SELECT id FROM candidates WHERE collection = ${literal(source.collection)})`
}

/** Title, slug and the text to cut a snippet from, for one collection's rows of the page. */
function shown(source: SearchSource, locale: Locale): Sql {
  return sql`SELECT ${literal(source.collection)} AS collection, m.id, ${sql.raw(source.title)} AS title, ${sql.raw(source.slug)} AS slug,
      ${sql.raw(source.snippetText)} AS snippet_text
    FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(locale)}
    WHERE m.id IN (SELECT id FROM page WHERE collection = ${literal(source.collection)})`
}

const union = (parts: Sql[]) => sql.join(parts, sql` UNION ALL `)

/**
 * One statement: the matches found through the indexes and counted once; the newest
 * `rankedMatches` of them ranked; titles and headlines read only for the requested page.
 */
export function searchStatement({ locale, query, limit, offset, ranked = rankedMatches }: SearchPage): Sql {
  const language = literal(searchLanguages[locale])
  const tsquery = sql`websearch_to_tsquery(${language}, ${query})`
  const newest = sql.raw('date DESC NULLS LAST, collection, id')
  return sql`WITH found AS MATERIALIZED (${union(searchSources.map((source) => matches(source, locale, tsquery)))}),
    candidates AS MATERIALIZED (SELECT collection, id FROM found ORDER BY ${newest} LIMIT ${ranked}),
    ranked AS MATERIALIZED (${union(searchSources.map((source) => ranks(source, locale, tsquery)))}),
    page AS MATERIALIZED (SELECT found.*, ranked.rank FROM found LEFT JOIN ranked USING (collection, id)
      ORDER BY ranked.rank DESC NULLS LAST, ${newest} LIMIT ${limit} OFFSET ${offset}),
    shown AS MATERIALIZED (${union(searchSources.map((source) => shown(source, locale)))})
    SELECT counted.total, page.collection, page.id, shown.title, shown.slug, coalesce(page.rank, 0) AS rank,
      to_char(page.date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date,
      ts_headline(${language}, translate(coalesce(shown.snippet_text, ''), ${highlightMarkers}, ''), ${tsquery}, ${headlineOptions}) AS snippet
    FROM (SELECT count(*)::int AS total FROM found) counted
      LEFT JOIN page ON true
      LEFT JOIN shown ON shown.collection = page.collection AND shown.id = page.id
    ORDER BY page.rank DESC NULLS LAST, page.date DESC NULLS LAST, page.collection, page.id`
}
