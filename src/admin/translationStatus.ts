import type { Payload, TypedUser } from 'payload'
import type { Locale } from '@/i18n/locales'
import { editHref, type TranslatedCollection } from './translationCollections'
import { type TranslationCounts, type TranslationKind, translationCounts, translationKinds, translationRows } from './translationQueries'

export { translatedCollections, type TranslatedCollection } from './translationCollections'
export { translationKinds, type TranslationCounts, type TranslationKind } from './translationQueries'

export type TranslationRow = {
  id: number
  title: string
  /** The admin's edit page of the document, opened in the locale that needs work. */
  href: string
}

export type TranslationPage = { rows: TranslationRow[]; total: number; page: number; totalPages: number }

/** The locale each kind of work is done in. */
const workLocale: Record<TranslationKind, Locale> = { missingEnglish: 'en', stale: 'en', missingItalian: 'it' }

/** Per collection, how many documents wait for each kind of work (one aggregate query). */
export const translationOverview = translationCounts

export function countsOf(overview: Partial<Record<TranslatedCollection, TranslationCounts>>): TranslationCounts {
  const entries = Object.values(overview)
  const sum = (kind: TranslationKind) => entries.reduce((total, counts) => total + (counts?.[kind] ?? 0), 0)
  return Object.fromEntries(translationKinds.map((kind) => [kind, sum(kind)])) as TranslationCounts
}

/**
 * One page of the documents of a collection needing one kind of work, most recently changed
 * first, each linking to its edit page in the locale to write; `total` comes from the overview.
 */
export async function translationPage(
  payload: Payload,
  user: TypedUser | null,
  query: { collection: TranslatedCollection; kind: TranslationKind; page: number; perPage: number; total: number },
): Promise<TranslationPage> {
  const { collection, kind, page, perPage, total } = query
  const rows = await translationRows(payload, user, { collection, kind, limit: perPage, offset: (page - 1) * perPage })
  const adminRoute = payload.config.routes.admin
  return {
    rows: rows.map((row) => ({ id: row.id, title: row.title || `#${row.id}`, href: editHref(adminRoute, collection, row.id, workLocale[kind]) })),
    total,
    page,
    totalPages: Math.max(1, Math.ceil(total / perPage)),
  }
}
