import type { CollectionSlug } from 'payload'
import type { Locale } from '@/i18n/locales'

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

export const isTranslatedCollection = (value: unknown): value is TranslatedCollection =>
  typeof value === 'string' && Object.hasOwn(translatedCollections, value)

export function editHref(adminRoute: string, collection: string, id: number, locale: Locale): string {
  return `${adminRoute}/collections/${collection}/${id}?locale=${locale}`
}
