import type { CollectionAfterChangeHook } from 'payload'
import { locales } from '@/i18n/locales'
import type { ScriptContext } from '../scriptContext'

type StoredState = {
  availableIn?: Record<string, boolean | null> | null
  translation?: Record<string, { exists?: boolean | null } | null> | null
}

/**
 * Keeps `availableIn` (what visitors' access filters on) equal to the published translations.
 * Publishing one locale ("Publish in English") writes that locale's fields but keeps the
 * published values of every non-localized field, `availableIn` included: after such a publish,
 * read the stored document back and set each locale from its own published translation state.
 */
export const syncAvailableIn: CollectionAfterChangeHook = async ({ collection, doc, req, context }) => {
  if (doc._status !== 'published' || (context as ScriptContext).publishesWholeDocument) return doc
  const stored = (await req.payload.db.findOne({
    collection: collection.slug,
    where: { id: { equals: doc.id } },
    locale: 'all',
    req,
  })) as StoredState | null
  if (!stored) return doc
  const availableIn = Object.fromEntries(locales.map((locale) => [locale, Boolean(stored.translation?.[locale]?.exists)]))
  const unchanged = locales.every((locale) => Boolean(stored.availableIn?.[locale]) === availableIn[locale])
  if (unchanged) return doc
  await req.payload.db.updateOne({ collection: collection.slug, id: doc.id, data: { availableIn }, req })
  return { ...doc, availableIn }
}
