import { sql } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { drizzleOf } from '@/db/drizzleOf'
import type { Space } from '@/payload-types'

/** What the spaces list reads of a space: its card's fields, the logo as the media id. */
export type SpaceRow = Pick<Space, 'id' | 'name' | 'slug' | 'kind' | 'city' | 'country'> & {
  region: string | null
  excerpt: string | null
  logo: number | null
}

/**
 * The spaces described in a locale, with their card excerpt there, in one statement: what Payload's
 * find read before, less its hooks over every field of a hundred documents (the list's largest cost
 * after its rendering). Spaces have no drafts and anyone may read them (the collection's access), so
 * the visitor's access is "described in this locale", as `hasPage` has it; the locale comes from the
 * closed list, never from the visitor.
 */
export function spaceRowsStatement(locale: Locale) {
  return sql`SELECT s.id, s.name, s.slug, s.kind, s.city, s.region, s.country, s.logo_id AS logo, l.excerpt
    FROM spaces s LEFT JOIN spaces_locales l ON l._parent_id = s.id AND l._locale = ${sql.raw(`'${locale}'`)}
    WHERE ${sql.raw(`s.available_in_${locale}`)}`
}

export async function spaceRows(payload: Payload, locale: Locale): Promise<SpaceRow[]> {
  return (await drizzleOf(payload).execute<SpaceRow>(spaceRowsStatement(locale))).rows
}
