import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { contentCollections, sectionOf } from '@/content/types'
import type { Section } from '@/i18n/hrefs'
import { type Locale, locales } from '@/i18n/locales'
import { drizzleOf } from '@/db/drizzleOf'

export type SitemapDocument = { section: Section; slugs: Partial<Record<Locale, string>>; updatedAt: string }

/**
 * Documents per sitemap file. The protocol allows 10,000 addresses here (one per locale of each
 * document); at 5,000 documents a file weighed 4.6 MB and took seconds to render and compress
 * (bench:scale), so a file holds 1,000: about 0.9 MB.
 */
export const SITEMAP_DOCUMENTS_PER_CHUNK = 1_000

/** The sections with documents, from the content-type table. */
export const sitemapSections: Section[] = contentCollections.map(sectionOf)

// Spaces have one slug for every locale and no drafts; the others a slug per locale, and drafts.
const sources: Record<Section, { table: string; localizedSlug: boolean; drafts: boolean }> = {
  blog: { table: 'posts', localizedSlug: true, drafts: true },
  events: { table: 'events', localizedSlug: true, drafts: true },
  spaces: { table: 'spaces', localizedSlug: false, drafts: false },
  projects: { table: 'projects', localizedSlug: true, drafts: true },
  pages: { table: 'pages', localizedSlug: true, drafts: true },
}

// Written into the statement from the closed lists above, never from the visitor.
function published(section: Section) {
  const anyLocale = locales.map((locale) => `m.available_in_${locale}`).join(' OR ')
  return sql.raw(`${sources[section].drafts ? `m._status = 'published' AND ` : ''}(${anyLocale})`)
}

/** How many published documents each section has: the sitemap index's number of files. */
export async function countSitemapDocuments(payload: Payload): Promise<Record<Section, number>> {
  const counts = await Promise.all(
    sitemapSections.map(async (section) => {
      const { rows } = await drizzleOf(payload).execute<{ total: number }>(
        sql`SELECT count(*)::int AS total FROM ${sql.raw(`"${sources[section].table}"`)} m WHERE ${published(section)}`,
      )
      return [section, rows[0]?.total ?? 0] as const
    }),
  )
  return Object.fromEntries(counts) as Record<Section, number>
}

/**
 * One sitemap file's documents: the `chunk`-th slice of a section's published documents in id
 * order, each with its slug in every locale it is published and translated in (the visitor's
 * access, `publishedInLocale`), read in one statement.
 */
export async function findSitemapChunk(payload: Payload, section: Section, chunk: number, perChunk = SITEMAP_DOCUMENTS_PER_CHUNK): Promise<SitemapDocument[]> {
  const { table, localizedSlug } = sources[section]
  const slugColumns = locales.map((locale) =>
    sql.raw(`CASE WHEN m.available_in_${locale} THEN ${localizedSlug ? `l_${locale}.slug` : 'm.slug'} END AS "${locale}"`),
  )
  const joins = localizedSlug
    ? locales.map((locale) => sql.raw(`LEFT JOIN "${table}_locales" l_${locale} ON l_${locale}._parent_id = m.id AND l_${locale}._locale = '${locale}'`))
    : []
  const { rows } = await drizzleOf(payload).execute<Record<Locale, string | null> & { updated_at: string }>(
    sql`SELECT to_char(m.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS updated_at, ${sql.join(slugColumns, sql`, `)}
      FROM ${sql.raw(`"${table}"`)} m ${sql.join(joins, sql` `)}
      WHERE ${published(section)}
      ORDER BY m.id LIMIT ${perChunk} OFFSET ${chunk * perChunk}`,
  )
  return rows.flatMap((row) => {
    const slugs = Object.fromEntries(locales.flatMap((locale) => (row[locale] ? [[locale, row[locale]]] : [])))
    return Object.keys(slugs).length ? [{ section, slugs, updatedAt: row.updated_at }] : []
  })
}

/** Every published document of every section, read file by file (the whole sitemap, for tests). */
export async function findSitemapDocuments(payload: Payload, perChunk = SITEMAP_DOCUMENTS_PER_CHUNK): Promise<SitemapDocument[]> {
  const counts = await countSitemapDocuments(payload)
  const chunks = sitemapSections.flatMap((section) =>
    Array.from({ length: Math.ceil(counts[section] / perChunk) }, (_, chunk) => findSitemapChunk(payload, section, chunk, perChunk)),
  )
  return (await Promise.all(chunks)).flat()
}
