import type { CollectionSlug, FlattenedField, JsonObject, Payload, PayloadRequest } from 'payload'
import type { Locale } from '@/i18n/locales'
import { localePass } from './localePass'

type Pending = { collection: string; locale: Locale; data: JsonObject }
/** Per request: the other locale's prepared values, waiting for that request's create to store them. */
const pending = new WeakMap<Partial<PayloadRequest>, Pending>()
const wrapped = new WeakSet<object>()

/**
 * A new document written in its default locale and one more in a single create: one insert of
 * each row and one version, where a create and an update of the other locale insert the rows,
 * read them back, rewrite every locale's rows and save a second version. The other locale goes
 * through Payload's own validation and hooks (`localePass`), as that update would; Payload's
 * create then runs as usual for the default locale and its storage step writes both.
 */
export async function createInLocales(
  payload: Payload,
  args: { collection: CollectionSlug; req: PayloadRequest; data: JsonObject; other: { locale: Locale; data: JsonObject } } & Record<string, unknown>,
): Promise<{ id: number }> {
  const { other, ...create } = args
  const collection = payload.collections[args.collection].config
  storeBothLocales(payload)
  pending.set(args.req, { collection: collection.slug, locale: other.locale, data: await localePass(args.req, collection, other.locale, other.data) })
  try {
    return (await payload.create(create as never)) as { id: number }
  } finally {
    pending.delete(args.req)
  }
}

/** Wraps the adapter's create (once): a create whose request has values pending stores them too. */
function storeBothLocales(payload: Payload) {
  const db = payload.db
  if (wrapped.has(db)) return
  wrapped.add(db)
  const create = db.create.bind(db)
  db.create = (args) => {
    const other = args.req ? pending.get(args.req) : undefined
    if (!other || other.collection !== args.collection) return create(args)
    pending.delete(args.req!)
    const data = structuredClone(args.data)
    mergeLocale(data, other.data, payload.collections[args.collection as CollectionSlug].config.flattenedFields, other.locale)
    // `availableIn` (translationState) is not localized but holds one flag a locale, set by each locale's save.
    const availableIn = other.data.availableIn as JsonObject | undefined
    if (availableIn && other.locale in availableIn) data.availableIn = { ...(data.availableIn as JsonObject), [other.locale]: availableIn[other.locale] }
    return create({ ...args, data })
  }
}

/** Copies `locale`'s values of localized fields (in groups too) from `source` into `target`. */
function mergeLocale(target: JsonObject, source: JsonObject, fields: FlattenedField[], locale: string) {
  for (const field of fields) {
    if (!('name' in field) || !(field.name in source)) continue
    const value = source[field.name] as JsonObject | null | undefined
    if (field.localized) {
      if (value?.[locale] !== undefined) target[field.name] = { ...(target[field.name] as JsonObject), [locale]: value[locale] }
    } else if ((field.type === 'group' || field.type === 'tab') && value) {
      target[field.name] ??= {}
      mergeLocale(target[field.name] as JsonObject, value, field.flattenedFields, locale)
    } else if ((field.type === 'array' || field.type === 'blocks') && hasLocalized(field)) {
      // Rows would have to be matched up: no collection written this way needs it yet.
      throw new Error(`createInLocales: localized fields inside the rows of "${field.name}" are not merged`)
    }
  }
}

function hasLocalized(field: FlattenedField): boolean {
  const children = field.type === 'blocks' ? field.blocks.flatMap((block) => block.flattenedFields) : 'flattenedFields' in field ? field.flattenedFields : []
  return children.some((child) => child.localized || hasLocalized(child))
}
