import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { drizzleOf } from '@/db/drizzleOf'

/** A menu item as stored; `slug` is its linked page's slug when a visitor may read that page in this locale. */
export type StoredNavItem = { label: string; page: string | null; url: string | null; document: number | null; slug: string | null }

export type SiteRow = {
  siteName: string | null
  tagline: string | null
  openingHours: string | null
  email: string | null
  phone: string | null
  address: string | null
  contactSlug: string | null
  social: { network: string; url: string }[]
  navigation: StoredNavItem[]
}

// The locale comes from the closed list of locales, never from the visitor (as in posts/listQueries.ts).
const localeLiteral = (locale: Locale) => sql.raw(`'${locale}'`)

/** The slug of page `id` in this locale when an anonymous visitor may read it there (`publishedInLocale`). */
const readableSlug = (id: ReturnType<typeof sql.raw>, locale: Locale) =>
  sql`(SELECT l.slug FROM pages p JOIN pages_locales l ON l._parent_id = p.id AND l._locale = ${localeLiteral(locale)}
    WHERE p.id = ${id} AND p._status = 'published' AND ${sql.raw(`p.available_in_${locale}`)})`

/**
 * The site settings and the menu of one locale, with the slugs of the pages they link, in one
 * statement: what two `findGlobal` reads at depth 1 gave a visitor (no fallback to the other
 * language, a page they may not read left without a slug), for a tenth of the CPU. Every dynamic
 * page reads it again after any expiry of its tags.
 */
export async function readSite(payload: Payload, locale: Locale): Promise<SiteRow> {
  const drizzle = drizzleOf(payload)
  const { rows } = await drizzle.execute<SiteRow>(sql`
    SELECT l.site_name AS "siteName", l.tagline, l.contact_opening_hours AS "openingHours",
      s.contact_email AS email, s.contact_phone AS phone, s.contact_address AS address,
      ${readableSlug(sql.raw('s.contact_page_id'), locale)} AS "contactSlug",
      coalesce((SELECT json_agg(json_build_object('network', x.network, 'url', x.url) ORDER BY x._order)
        FROM site_settings_social x WHERE x._parent_id = s.id), '[]') AS social,
      coalesce((SELECT json_agg(json_build_object('label', i.label, 'page', i.page, 'url', i.url, 'document', i.document_id,
          'slug', ${readableSlug(sql.raw('i.document_id'), locale)}) ORDER BY i._order)
        FROM navigation_items i WHERE i._parent_id = (SELECT min(id) FROM navigation) AND i._locale = ${localeLiteral(locale)}), '[]') AS navigation
    FROM (SELECT min(id) AS id FROM site_settings) one
    LEFT JOIN site_settings s ON s.id = one.id
    LEFT JOIN site_settings_locales l ON l._parent_id = s.id AND l._locale = ${localeLiteral(locale)}`)
  return rows[0]
}
