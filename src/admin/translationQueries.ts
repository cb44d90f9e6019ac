import { sql } from '@payloadcms/db-postgres'
import type { Payload, TypedUser } from 'payload'
import { isStaffUser } from '@/access/roles'
import { translatedCollections, type TranslatedCollection } from './translationCollections'
import { drizzleOf } from '@/db/drizzleOf'

/**
 * The translation dashboard's reads in SQL: the counts of every collection in one aggregate
 * statement, and one page of one kind of work. Staff read the latest version of every document
 * (drafts included, as the admin shows them); anyone else only what is published.
 */
export const translationKinds = ['missingEnglish', 'stale', 'missingItalian'] as const
export type TranslationKind = (typeof translationKinds)[number]

export type TranslationCounts = Record<TranslationKind, number>

type Source = { from: string; id: string; title: string }

const hasDrafts = (payload: Payload, collection: TranslatedCollection) => Boolean(payload.collections[collection].config.versions?.drafts)

/** Where one collection's rows come from: `it` and `en` are its Italian and English rows. */
function source(payload: Payload, collection: TranslatedCollection, staff: boolean): Source {
  const titleField = translatedCollections[collection]
  const localizedTitle = payload.collections[collection].config.flattenedFields.some((field) => field.name === titleField && 'localized' in field && field.localized)
  if (hasDrafts(payload, collection) && staff) {
    const column = (table: string) => (localizedTitle ? `coalesce(it.version_${titleField}, en.version_${titleField})` : `${table}.version_${titleField}`)
    return {
      from: `"_${collection}_v" d LEFT JOIN "_${collection}_v_locales" it ON it._parent_id = d.id AND it._locale = 'it'
        LEFT JOIN "_${collection}_v_locales" en ON en._parent_id = d.id AND en._locale = 'en' WHERE d.latest`,
      id: 'd.parent_id',
      title: column('d'),
    }
  }
  const published = hasDrafts(payload, collection) ? `d._status = 'published'` : 'true'
  return {
    from: `"${collection}" d LEFT JOIN "${collection}_locales" it ON it._parent_id = d.id AND it._locale = 'it'
      LEFT JOIN "${collection}_locales" en ON en._parent_id = d.id AND en._locale = 'en' WHERE ${published}`,
    id: 'd.id',
    title: localizedTitle ? `coalesce(it.${titleField}, en.${titleField})` : `d.${titleField}`,
  }
}

// The column prefix of the version tables, where every field is under `version_`.
function condition(kind: TranslationKind, versions: boolean): string {
  const c = (locale: 'it' | 'en', column: string) => `${locale}.${versions ? 'version_' : ''}translation_${column}`
  const exists = (locale: 'it' | 'en') => `coalesce(${c(locale, 'exists')}, false)`
  if (kind === 'missingEnglish') return `${exists('it')} AND NOT ${exists('en')}`
  if (kind === 'missingItalian') return `${exists('en')} AND NOT ${exists('it')}`
  const time = (locale: 'it' | 'en') => `coalesce(${c(locale, 'updated_at')}, 'epoch')`
  return `${exists('it')} AND ${exists('en')} AND ${time('it')} > ${time('en')}`
}

const collectionsOf = (payload: Payload) => (Object.keys(translatedCollections) as TranslatedCollection[]).filter((slug) => payload.collections[slug])
const isVersioned = (payload: Payload, collection: TranslatedCollection, staff: boolean) => staff && hasDrafts(payload, collection)
/** How many documents of each collection wait for each kind of work, in one statement. */
export async function translationCounts(payload: Payload, user: TypedUser | null): Promise<Record<TranslatedCollection, TranslationCounts>> {
  const staff = isStaffUser(user)
  const collections = collectionsOf(payload)
  const selects = collections.map((collection) => {
    const counts = translationKinds.map((kind) => `count(*) FILTER (WHERE ${condition(kind, isVersioned(payload, collection, staff))})::int AS "${kind}"`)
    return `SELECT '${collection}' AS collection, ${counts.join(', ')} FROM ${source(payload, collection, staff).from}`
  })
  const { rows } = await drizzleOf(payload).execute<{ collection: TranslatedCollection } & TranslationCounts>(sql.raw(selects.join(' UNION ALL ')))
  return Object.fromEntries(rows.map(({ collection, ...counts }) => [collection, counts])) as Record<TranslatedCollection, TranslationCounts>
}

export type TranslationRowData = { id: number; title: string | null }

/** One page of one collection's documents needing one kind of work, most recently changed first. */
export async function translationRows(
  payload: Payload,
  user: TypedUser | null,
  { collection, kind, limit, offset }: { collection: TranslatedCollection; kind: TranslationKind; limit: number; offset: number },
): Promise<TranslationRowData[]> {
  const staff = isStaffUser(user)
  const { from, id, title } = source(payload, collection, staff)
  const where = condition(kind, isVersioned(payload, collection, staff))
  const { rows } = await drizzleOf(payload).execute<TranslationRowData>(
    sql`SELECT ${sql.raw(id)} AS id, ${sql.raw(title)} AS title FROM ${sql.raw(from)} AND ${sql.raw(where)}
      ORDER BY d.updated_at DESC, ${sql.raw(id)} DESC LIMIT ${limit} OFFSET ${offset}`,
  )
  return rows
}
