import { isTranslatedCollection, type TranslatedCollection } from '../translationCollections'
import { type TranslationKind, translationKinds } from '../translationQueries'

export type TranslationsQuery = { collection?: TranslatedCollection; kind?: TranslationKind; page: number }

const single = (value: unknown) => (typeof value === 'string' ? value : Array.isArray(value) ? value[0] : undefined)

/** The view's filters from its query string; anything unknown is ignored, a page is 1 to 100,000. */
export function readTranslationsQuery(searchParams: Record<string, unknown> | undefined): TranslationsQuery {
  const collection = single(searchParams?.collection)
  const kind = single(searchParams?.kind)
  const page = Number(single(searchParams?.page))
  return {
    collection: isTranslatedCollection(collection) ? collection : undefined,
    kind: (translationKinds as readonly string[]).includes(kind ?? '') ? (kind as TranslationKind) : undefined,
    page: Number.isInteger(page) && page >= 1 && page <= 100_000 ? page : 1,
  }
}

export function translationsHref(adminRoute: string, query: TranslationsQuery): string {
  const params = new URLSearchParams()
  if (query.collection) params.set('collection', query.collection)
  if (query.kind) params.set('kind', query.kind)
  if (query.page > 1) params.set('page', String(query.page))
  const search = params.toString()
  return `${adminRoute}/translations${search ? `?${search}` : ''}`
}
