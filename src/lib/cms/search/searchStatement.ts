import { sql } from '@payloadcms/db-postgres'
import type { Locale } from '@/i18n/locales'
import { headlineOptions, highlightMarkers } from './highlight'
import { type SearchSource, searchLanguages, searchSources, weightedVector } from './searchSources'

type Sql = ReturnType<typeof sql.raw>

export type SearchPage = { locale: Locale; query: string; limit: number; offset: number }

// Locale and language come from closed lists, never from the visitor; they are written into the
// statement because a partial index is only chosen for a literal `_locale = 'it'`.
function matchingIds(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const language = searchLanguages[locale]
  const localized = sql`SELECT l._parent_id FROM ${sql.raw(`${source.collection}_locales`)} l
    WHERE l._locale = ${sql.raw(`'${locale}'`)} AND ${sql.raw(weightedVector(language, source.localized))} @@ ${tsquery}`
  if (!source.shared) return localized
  return sql`${localized} UNION
    SELECT m.id FROM ${sql.raw(source.collection)} m WHERE ${sql.raw(weightedVector(language, source.shared))} @@ ${tsquery}`
}

/** The published documents of one collection whose text in this locale matches. */
function hits(source: SearchSource, locale: Locale, tsquery: Sql): Sql {
  const vector = weightedVector(searchLanguages[locale], [...source.localized, ...(source.shared ?? [])])
  return sql`SELECT ${sql.raw(`'${source.collection}'`)} AS collection, m.id, ${sql.raw(source.title)} AS title,
      ${sql.raw(source.slug)} AS slug, ${sql.raw(source.date)} AS date, ts_rank(${sql.raw(vector)}, ${tsquery}) AS rank,
      ${sql.raw(source.snippetText)} AS snippet_text
    FROM ${sql.raw(source.collection)} m JOIN ${sql.raw(`${source.collection}_locales`)} l
      ON l._parent_id = m.id AND l._locale = ${sql.raw(`'${locale}'`)}
    WHERE m.${sql.raw(`available_in_${locale}`)} ${sql.raw(source.drafts ? `AND m._status = 'published'` : '')}
      AND m.id IN (${matchingIds(source, locale, tsquery)})`
}

/** One statement: every match ranked, the requested page of them with its headlines, and their count. */
export function searchStatement({ locale, query, limit, offset }: SearchPage): Sql {
  const language = sql.raw(`'${searchLanguages[locale]}'`)
  const tsquery = sql`websearch_to_tsquery(${language}, ${query})`
  const order = sql.raw('rank DESC, date DESC NULLS LAST, collection, id')
  return sql`WITH hits AS (${sql.join(searchSources.map((source) => hits(source, locale, tsquery)), sql` UNION ALL `)}),
    page AS (SELECT * FROM hits ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    SELECT counted.total, page.collection, page.id, page.title, page.slug, page.rank,
      to_char(page.date AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS date,
      ts_headline(${language}, translate(coalesce(page.snippet_text, ''), ${highlightMarkers}, ''), ${tsquery}, ${headlineOptions}) AS snippet
    FROM (SELECT count(*)::int AS total FROM hits) counted LEFT JOIN page ON true
    ORDER BY page.rank DESC, page.date DESC NULLS LAST, page.collection, page.id`
}
