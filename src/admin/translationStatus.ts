import type { CollectionSlug, Payload, TypedUser } from 'payload'
import { type Locale, locales } from '@/i18n/locales'

/** The collections whose documents are written in Italian and translated, and their title field. */
export const translatedCollections = {
  posts: 'title',
  events: 'title',
  spaces: 'name',
  projects: 'title',
  categories: 'title',
  tags: 'title',
} as const satisfies Partial<Record<CollectionSlug, string>>

export type TranslatedCollection = keyof typeof translatedCollections

export type TranslationRow = {
  id: number
  title: string
  /** The admin's edit page of the document, opened in the locale that needs work. */
  href: string
}

export type CollectionTranslationStatus = {
  collection: TranslatedCollection
  missingEnglish: TranslationRow[]
  missingItalian: TranslationRow[]
  /** Both locales exist, but the Italian text changed after the English one was last written. */
  stale: TranslationRow[]
}

type LocaleState = { exists?: boolean | null; updatedAt?: string | null } | null | undefined
type AllLocalesDoc = {
  id: number
  translation?: Partial<Record<Locale, LocaleState>> | null
  [field: string]: unknown
}

const time = (state: LocaleState) => (state?.updatedAt ? new Date(state.updatedAt).getTime() : 0)

function titleOf(doc: AllLocalesDoc, field: string): string {
  const value = doc[field]
  if (typeof value === 'string') return value
  const byLocale = (value ?? {}) as Partial<Record<Locale, string | null>>
  return locales.map((locale) => byLocale[locale]).find((title) => title) ?? `#${doc.id}`
}

export function editHref(adminRoute: string, collection: string, id: number, locale: Locale): string {
  return `${adminRoute}/collections/${collection}/${id}?locale=${locale}`
}

/**
 * What each collection still needs translated, read from the translation state of the latest
 * version of every document (drafts included), with the access of the user asking.
 */
export async function translationStatus(payload: Payload, user: TypedUser | null): Promise<CollectionTranslationStatus[]> {
  const adminRoute = payload.config.routes.admin
  const slugs = (Object.keys(translatedCollections) as TranslatedCollection[]).filter((slug) => payload.collections[slug])
  return Promise.all(
    slugs.map(async (collection) => {
      const titleField = translatedCollections[collection]
      const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        draft: drafts,
        depth: 0,
        pagination: false,
        overrideAccess: false,
        user,
        select: { [titleField]: true, translation: true },
        sort: '-updatedAt',
      })
      const status: CollectionTranslationStatus = { collection, missingEnglish: [], missingItalian: [], stale: [] }
      for (const doc of docs as unknown as AllLocalesDoc[]) {
        const it = doc.translation?.it
        const en = doc.translation?.en
        const row = (locale: Locale) => ({ id: doc.id, title: titleOf(doc, titleField), href: editHref(adminRoute, collection, doc.id, locale) })
        if (it?.exists && !en?.exists) status.missingEnglish.push(row('en'))
        else if (en?.exists && !it?.exists) status.missingItalian.push(row('it'))
        else if (it?.exists && en?.exists && time(it) > time(en)) status.stale.push(row('en'))
      }
      return status
    }),
  )
}

export function countsOf(status: CollectionTranslationStatus[]) {
  const sum = (key: 'missingEnglish' | 'missingItalian' | 'stale') => status.reduce((total, entry) => total + entry[key].length, 0)
  return { missingEnglish: sum('missingEnglish'), missingItalian: sum('missingItalian'), stale: sum('stale') }
}
