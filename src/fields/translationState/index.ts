import type { CollectionBeforeChangeHook, Field } from 'payload'
import { locales } from '@/i18n/locales'
import { isBlank } from './isBlank'

export type TranslationRule = {
  /** Localized fields that must be written for the locale to exist at all (usually the title). */
  defining: string[]
  /** Localized fields a complete translation has. */
  expected: string[]
}

/**
 * Per locale: does a translation of its own exist (not a fallback showing through), is it complete,
 * which fields are missing, and when was it last saved. Stored in the locale's own row.
 */
export const translationStateField: Field = {
  name: 'translation',
  type: 'group',
  localized: true,
  admin: {
    readOnly: true,
    position: 'sidebar',
    // Status to read (badges and text), not inputs: the hook below computes it.
    components: { Field: '/admin/TranslationStateField/TranslationStateField#TranslationStateField' },
    description: {
      it: 'Calcolato al salvataggio, per ogni lingua.',
      en: 'Computed on save, for each language.',
    },
  },
  label: { it: 'Traduzione', en: 'Translation' },
  fields: [
    { name: 'exists', type: 'checkbox', defaultValue: false, index: true, label: { it: 'Esiste', en: 'Exists' } },
    { name: 'complete', type: 'checkbox', defaultValue: false, label: { it: 'Completa', en: 'Complete' } },
    { name: 'missing', type: 'json', label: { it: 'Campi mancanti', en: 'Missing fields' } },
    { name: 'updatedAt', type: 'date', label: { it: 'Aggiornata il', en: 'Updated at' } },
  ],
}

/**
 * The same "exists" answer, one plain column per locale on the document's own table: access rules
 * filter on it, and Payload's join queries cannot filter on a localized column.
 */
export const availableInField: Field = {
  name: 'availableIn',
  type: 'group',
  admin: { hidden: true },
  fields: locales.map((locale) => ({ name: locale, type: 'checkbox' as const, defaultValue: false, index: true })),
}

function valueAt(doc: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], doc)
}

export function computeTranslationState(doc: Record<string, unknown>, rule: TranslationRule) {
  const missing = rule.expected.filter((path) => isBlank(valueAt(doc, path)))
  const exists = rule.defining.every((path) => !isBlank(valueAt(doc, path)))
  return { exists, complete: exists && missing.length === 0, missing }
}

/** Recomputes the state of the locale being saved. Saving with locale "all" recomputes every locale. */
export function trackTranslationState(rule: TranslationRule): CollectionBeforeChangeHook {
  return ({ data, originalDoc, req }) => {
    if (!req.locale || req.locale === 'all') return data
    const merged = { ...(originalDoc ?? {}), ...data }
    const previous = (originalDoc?.translation ?? {}) as { missing?: string[]; updatedAt?: string }
    const state = computeTranslationState(merged, rule)
    const changed = rule.expected.some(
      (path) => path.split('.')[0] in data && JSON.stringify(valueAt(data, path)) !== JSON.stringify(valueAt(originalDoc ?? {}, path)),
    )
    return {
      ...data,
      availableIn: { ...(originalDoc?.availableIn ?? {}), [req.locale]: state.exists },
      translation: {
        ...state,
        updatedAt: changed || !previous.updatedAt ? new Date().toISOString() : previous.updatedAt,
      },
    }
  }
}
