import { sql } from '@payloadcms/db-postgres'
import type { Locale } from '@/i18n/locales'
import { headlineOptions, highlightMarkers } from './highlight'
import { type SearchSource, searchLanguages, searchSources, weightedVector } from './searchSources'

type Sql = ReturnType<typeof sql.raw>

/**
 * How many matches a search lists: the newest this many, ranked. Whether a document matches is
 * decided on its stored vector (a compressed value of a few kB); for a word found in every post
 * PostgreSQL rightly reads the posts newest first rather than the index, and stops after this many
 * instead of decompressing all of them. More matches are reported as "more than" this many.
 */
export const searchResultsCap = 500

/** `cap` lowers the number of matches listed (tests); the site uses `searchResultsCap`. */
export type SearchPage = { locale: Locale; query: string; limit: number; offset: number; cap?: number }

/**
 * The characters of a document a snippet is cut from: the headline's cost grows with the text
 * (a few ms for a long post); a match further on gives a snippet of the document's start. The cut
 * drops the word it falls in, so that no half word reaches the snippet.
 */
const snippetText = sql.raw(`CASE WHEN length(shown.snippet_text) > 3000
  THEN regexp_replace(left(shown.snippet_text, 3000), '\\S+$', '') ELSE coalesce(shown.snippet_text, '') END`)

const table = (source: SearchSource, suffix = '') => sql.raw(`"${source.collection}${suffix}"`)
const literal = (value: string) => sql.raw(`'${value}'`)

// Locale and language come from closed lists, never from the visitor; they are written into the
// statement because a partial index is only chosen for a literal `_locale = 'it'`.
const localeRow = (locale: Locale) => sql`l._parent_id = m.id AND l._locale = ${literal(locale)}`

const visible = (source: SearchSource, locale: Locale) =>
  sql.raw(`m.available_in_${locale}${source.drafts ? ` AND m._status = 'published'` : ''}`)

const sharedVector = (source: SearchSource, locale: Locale) => sql.raw(weightedVector(searchLanguages[locale], source.shared ?? []))

// Newest first, in the order of the lists' indexes (`published_at DESC, id DESC`; events' `start, id` read backwards).
const newest = (date: string, id: string) => sql.raw(`${date} DESC, ${id} DESC`)

/** One collection's newest `cap + 1` matches with their date: one more than listed tells whether there are more. */
function matches(source: SearchSource, locale: Locale, tsquery: Sql, cap: number): Sql {
  const head = sql`SELECT ${literal(source.collection)} AS collection, m.id, ${sql.raw(source.date)} AS date`
  const tail = sql`ORDER BY ${newest(source.date, 'm.id')} LIMIT ${cap + 1}`
  if (!source.shared) {
    return sql`(${head} FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(locale)}
      WHERE l.search_vector @@ ${tsquery} AND ${visible(source, locale)} ${tail})`
  }
  // Small collections (spaces, projects) whose names and hashtags are not localized.
  return sql`(${head} FROM ${table(source)} m WHERE ${visible(source, locale)} AND m.id IN (
      SELECT l._parent_id FROM ${table(source, '_locales')} l WHERE l._locale = ${literal(locale)} AND l.search_vector @@ ${tsquery}
      UNION SELECT m.id FROM ${table(source)} m WHERE ${sharedVector(source, locale)} @@ ${tsquery}) ${tail})`
}

/** The rank of one collection's listed matches, from the stored vectors. */
function ranks(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const vector = source.shared ? sql`coalesce(l.search_vector, ''::tsvector) || ${sharedVector(source, locale)}` : sql`l.search_vector`
  return sql`SELECT ${literal(source.collection)} AS collection, m.id, ts_rank(${vector}, ${tsquery}) AS rank
    FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(locale)}
    WHERE m.id IN (SELECT id FROM listed WHERE collection = ${literal(source.collection)})`
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
 * One statement: the newest `cap` matches of all collections, counted and ranked; titles and
 * headlines read only for the requested page. `more` says whether further matches were left out.
 */
export function searchStatement({ locale, query, limit, offset, cap = searchResultsCap }: SearchPage): Sql {
  const language = literal(searchLanguages[locale])
  const tsquery = sql`websearch_to_tsquery(${language}, ${query})`
  return sql`WITH found AS MATERIALIZED (${union(searchSources.map((source) => matches(source, locale, tsquery, cap)))}),
    listed AS MATERIALIZED (SELECT * FROM found ORDER BY date DESC, collection, id DESC LIMIT ${cap}),
    ranked AS MATERIALIZED (${union(searchSources.map((source) => ranks(source, locale, tsquery)))}),
    page AS MATERIALIZED (SELECT listed.*, ranked.rank FROM listed JOIN ranked USING (collection, id)
      ORDER BY ranked.rank DESC, listed.date DESC, listed.collection, listed.id DESC LIMIT ${limit} OFFSET ${offset}),
    shown AS MATERIALIZED (${union(searchSources.map((source) => shown(source, locale)))})
    SELECT counted.total, counted.more, page.collection, page.id, shown.title, shown.slug, page.rank,
      to_char(page.date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date,
      ts_headline(${language}, translate(${snippetText}, ${highlightMarkers}, ''), ${tsquery}, ${headlineOptions}) AS snippet
    FROM (SELECT (SELECT count(*)::int FROM listed) AS total, (SELECT count(*) > ${cap} FROM found) AS more) counted
      LEFT JOIN page ON true
      LEFT JOIN shown ON shown.collection = page.collection AND shown.id = page.id
    ORDER BY page.rank DESC, page.date DESC, page.collection, page.id DESC`
}
