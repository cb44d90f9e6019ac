import { ValidationError, type CollectionSlug, type FieldHook } from 'payload'
import { slugify } from '@/lib/slugify'
import type { ScriptContext } from '../scriptContext'

const MAX_ATTEMPTS = 50

/**
 * A slug derived from the title gets "-2", "-3"… when another document already has it in this
 * locale; a slug the editor typed is refused with a sentence saying why.
 */
export function ensureUniqueSlug(useAsSlug: string): FieldHook {
  return async ({ value, data, originalDoc, req, collection, context }) => {
    if (typeof value !== 'string' || value === '' || !collection) return value
    const normalized = slugify(value)
    if ((context as ScriptContext).slugsPlanned) return normalized
    const id = originalDoc?.id ?? data?.id
    const isTaken = async (candidate: string) => {
      const { totalDocs } = await req.payload.count({
        collection: collection.slug as CollectionSlug,
        locale: req.locale === 'all' ? undefined : (req.locale ?? undefined),
        req,
        where: {
          and: [{ slug: { equals: candidate } }, ...(id ? [{ id: { not_equals: id } }] : [])],
        },
      })
      return totalDocs > 0
    }
    if (!(await isTaken(normalized))) return normalized

    const derived = normalized === slugify(String(data?.[useAsSlug] ?? originalDoc?.[useAsSlug] ?? ''))
    if (!derived) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'slug',
            message:
              req.i18n?.language === 'it'
                ? `"${normalized}" è già usato da un altro documento in questa lingua`
                : `"${normalized}" is already used by another document in this language`,
          },
        ],
      })
    }
    for (let n = 2; n < MAX_ATTEMPTS; n++) {
      const candidate = `${normalized}-${n}`
      if (!(await isTaken(candidate))) return candidate
    }
    return `${normalized}-${Date.now()}`
  }
}
