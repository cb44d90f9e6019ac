import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { drizzleOf } from '@/db/drizzleOf'

/**
 * The blog's list queries in SQL, shaped for the indexes of migration 20261126_150000_scale: the
 * ids of one page walk `posts_list_{locale}_idx` in the order shown (a category or tag first
 * narrows the posts through `posts_rels_{category,tag}_posts_idx`), the total is counted from the
 * same partial index. The conditions are those of `publishedInLocale`, the anonymous visitor's
 * access; the page's documents are then read through Payload with that access applied again.
 */
export type ListFilter = { category?: string; tag?: string }

// Locale comes from the closed list of locales, never from the visitor: written into the statement
// so that the planner matches the partial indexes (`available_in_it`, `_locale = 'it'`).
const visible = (locale: Locale) => sql.raw(`p._status = 'published' AND p.available_in_${locale}`)

function termCondition(locale: Locale, { category, tag }: ListFilter) {
  const kind = category ? 'categories' : tag ? 'tags' : undefined
  if (!kind) return sql``
  const slug = category ?? tag ?? ''
  return sql` AND p.id IN (SELECT r.parent_id FROM posts_rels r JOIN ${sql.raw(`${kind}_locales`)} t ON t._parent_id = r.${sql.raw(`${kind}_id`)}
    WHERE r.path = ${kind} AND t._locale = ${sql.raw(`'${locale}'`)} AND t.slug = ${slug})`
}

/** The statements of one list page: its post ids, newest first, and the number of posts in all. */
export function postPageStatements(locale: Locale, filter: ListFilter, page: number, perPage: number) {
  const where = sql`${visible(locale)}${termCondition(locale, filter)}`
  return {
    ids: sql`SELECT p.id FROM posts p WHERE ${where} ORDER BY p.published_at DESC, p.id DESC LIMIT ${perPage} OFFSET ${(page - 1) * perPage}`,
    count: sql`SELECT count(*)::int AS total FROM posts p WHERE ${where}`,
  }
}

/** The ids of one page of a locale's published posts, newest first, and how many there are in all. */
export async function postPageIds(payload: Payload, locale: Locale, filter: ListFilter, page: number, perPage: number) {
  const drizzle = drizzleOf(payload)
  const statements = postPageStatements(locale, filter, page, perPage)
  const [ids, counted] = await Promise.all([drizzle.execute<{ id: number }>(statements.ids), drizzle.execute<{ total: number }>(statements.count)])
  return { ids: ids.rows.map((row) => row.id), total: counted.rows[0]?.total ?? 0 }
}

/** A category or tag of the visitor's locale with the number of its published posts there. */
export type TermCountRow = { path: 'categories' | 'tags'; slug: string; title: string; count: number }

// A term as `toTerms` shows it: translated into the locale (a slug and a name of its own there).
const shownTerm = (kind: 'categories' | 'tags', locale: Locale) =>
  sql.raw(`JOIN ${kind} k ON c.path = '${kind}' AND k.id = c.id AND k.available_in_${locale}
    JOIN ${kind}_locales t ON t._parent_id = k.id AND t._locale = '${locale}' AND t.slug <> '' AND t.title <> ''`)

/**
 * How many of a locale's published posts carry each category and tag, with each term's slug and
 * name in that locale: the filter's whole read. The counts are kept by the database on every
 * write (migration 20261127_030000_post_term_counts): the stored counts plus the changes no
 * transaction has folded into them yet, instead of an aggregate over every relation (14–57 ms with
 * 10,000 posts).
 */
export function termCountsStatement(locale: Locale) {
  const inLocale = sql.raw(`locale = '${locale}'`)
  return sql`WITH c AS (SELECT path, term_id AS id, sum(count)::int AS count
      FROM (SELECT path, term_id, count FROM post_term_counts WHERE ${inLocale}
        UNION ALL SELECT path, term_id, change FROM post_term_count_changes WHERE ${inLocale}) AS kept
      GROUP BY 1, 2 HAVING sum(count) > 0)
    SELECT c.path, t.slug, t.title, c.count FROM c ${shownTerm('categories', locale)}
    UNION ALL
    SELECT c.path, t.slug, t.title, c.count FROM c ${shownTerm('tags', locale)}`
}

export async function termCounts(payload: Payload, locale: Locale): Promise<TermCountRow[]> {
  return (await drizzleOf(payload).execute<TermCountRow>(termCountsStatement(locale))).rows
}
