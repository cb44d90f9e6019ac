import { sql } from '@payloadcms/db-postgres'
import type { Locale } from '@/i18n/locales'
import { headlineOptions, highlightMarkers } from './highlight'
import { type SearchSource, searchLanguages, searchSources, weightedVector } from './searchSources'

type Sql = ReturnType<typeof sql.raw>

export type SearchPage = { locale: Locale; query: string; limit: number; offset: number }

const table = (source: SearchSource, suffix = '') => sql.raw(`"${source.collection}${suffix}"`)

// Locale and language come from closed lists, never from the visitor; they are written into the
// statement because a partial index is only chosen for a literal `_locale = 'it'`.
const localeRow = (source: SearchSource, locale: Locale) => sql`l._parent_id = m.id AND l._locale = ${sql.raw(`'${locale}'`)}`

const visible = (source: SearchSource, locale: Locale) =>
  sql.raw(`m.available_in_${locale}${source.drafts ? ` AND m._status = 'published'` : ''}`)

/**
 * The matching ids of one collection with their rank, read from the stored vectors; what is
 * shown of them (title, slug, snippet) is read later, for the page only.
 */
function hits(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const collection = sql.raw(`'${source.collection}'`)
  const date = sql.raw(source.date)
  if (!source.shared) {
    return sql`SELECT ${collection} AS collection, m.id, ts_rank(l.search_vector, ${tsquery}) AS rank, ${date} AS date
      FROM ${table(source, '_locales')} l JOIN ${table(source)} m ON ${localeRow(source, locale)}
      WHERE l.search_vector @@ ${tsquery} AND ${visible(source, locale)}`
  }
  const shared = sql.raw(weightedVector(searchLanguages[locale], source.shared))
  // Small collections (spaces, projects) whose names and hashtags are not localized.
  return sql`SELECT ${collection} AS collection, m.id, ts_rank(coalesce(l.search_vector, ''::tsvector) || ${shared}, ${tsquery}) AS rank, ${date} AS date
    FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(source, locale)}
    WHERE ${visible(source, locale)} AND m.id IN (
      SELECT l._parent_id FROM ${table(source, '_locales')} l WHERE l._locale = ${sql.raw(`'${locale}'`)} AND l.search_vector @@ ${tsquery}
      UNION SELECT m.id FROM ${table(source)} m WHERE ${shared} @@ ${tsquery})`
}

/** Title, slug and the text to cut a snippet from, for one collection's rows of the page. */
function shown(source: SearchSource, locale: Locale): Sql {
  return sql`SELECT ${sql.raw(`'${source.collection}'`)} AS collection, m.id, ${sql.raw(source.title)} AS title, ${sql.raw(source.slug)} AS slug,
      ${sql.raw(source.snippetText)} AS snippet_text
    FROM ${table(source)} m JOIN ${table(source, '_locales')} l ON ${localeRow(source, locale)}
    WHERE m.id IN (SELECT id FROM page WHERE collection = ${sql.raw(`'${source.collection}'`)})`
}

/**
 * One statement: every match ranked once, from the stored vectors; the total counted from those
 * same ranked rows; titles and headlines read only for the requested page.
 */
export function searchStatement({ locale, query, limit, offset }: SearchPage): Sql {
  const language = sql.raw(`'${searchLanguages[locale]}'`)
  const tsquery = sql`websearch_to_tsquery(${language}, ${query})`
  const order = sql.raw('rank DESC, date DESC NULLS LAST, collection, id')
  return sql`WITH hits AS MATERIALIZED (${sql.join(searchSources.map((source) => hits(source, locale, tsquery)), sql` UNION ALL `)}),
    page AS (SELECT * FROM hits ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}),
    shown AS MATERIALIZED (${sql.join(searchSources.map((source) => shown(source, locale)), sql` UNION ALL `)})
    SELECT counted.total, page.collection, page.id, shown.title, shown.slug, page.rank,
      to_char(page.date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date,
      ts_headline(${language}, translate(coalesce(shown.snippet_text, ''), ${highlightMarkers}, ''), ${tsquery}, ${headlineOptions}) AS snippet
    FROM (SELECT count(*)::int AS total FROM hits) counted
      LEFT JOIN page ON true
      LEFT JOIN shown ON shown.collection = page.collection AND shown.id = page.id
    ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.collection, page.id`
}
