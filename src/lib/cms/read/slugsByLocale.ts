import type { Payload } from 'payload'
import type { ContentCollection } from '@/content/types'
import { type Locale, locales } from '@/i18n/locales'

export type LocaleSlugs = Partial<Record<Locale, string>>

type AllLocalesDoc = { slug?: unknown; availableIn?: unknown }

/**
 * From a document read with `locale: 'all'`: its slug in each locale it is translated into.
 * Spaces keep one slug for every locale, so `slug` may be a plain string.
 */
export function slugsByLocale(doc: AllLocalesDoc): LocaleSlugs {
  const available = (doc.availableIn ?? {}) as Partial<Record<Locale, boolean | null>>
  const slug = doc.slug as Partial<Record<Locale, string | null>> | string | null | undefined
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const value = typeof slug === 'string' ? slug : slug?.[locale]
      return available[locale] && value ? [[locale, value]] : []
    }),
  )
}

/** The slug a published document has in each locale it is translated into (none where it is not). */
export async function findLocaleSlugs(payload: Payload, collection: ContentCollection, id: number): Promise<LocaleSlugs> {
  const doc = await payload.findByID({
    collection,
    id,
    locale: 'all',
    depth: 0,
    overrideAccess: false,
    draft: false,
    disableErrors: true,
    select: { slug: true, availableIn: true },
  })
  return doc ? slugsByLocale(doc) : {}
}
