import { type Locale, locales } from '@/i18n/locales'

type AllLocalesDoc = { slug?: unknown; availableIn?: unknown }

/**
 * From a document read with `locale: 'all'`: its slug in each locale it is translated into.
 * Spaces keep one slug for every locale, so `slug` may be a plain string.
 */
export function slugsByLocale(doc: AllLocalesDoc): Partial<Record<Locale, string>> {
  const available = (doc.availableIn ?? {}) as Partial<Record<Locale, boolean | null>>
  const slug = doc.slug as Partial<Record<Locale, string | null>> | string | null | undefined
  return Object.fromEntries(
    locales.flatMap((locale) => {
      const value = typeof slug === 'string' ? slug : slug?.[locale]
      return available[locale] && value ? [[locale, value]] : []
    }),
  )
}
