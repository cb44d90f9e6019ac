import { beforeChangeTraverseFields, beforeValidateTraverseFields, ValidationError, type JsonObject, type PayloadRequest, type SanitizedCollectionConfig } from 'payload'
import type { Locale } from '@/i18n/locales'

/**
 * What Payload's create does to one locale's data before storing it, nothing written: field
 * defaults and beforeValidate hooks, the collection's beforeValidate and beforeChange hooks, field
 * beforeChange hooks and validation (a `ValidationError` as create throws it), then localized
 * values keyed by the locale (`{ title: { en: '…' } }`). The steps and arguments of
 * payload/dist/collections/operations/create.js for a new document, with access overridden.
 */
export async function localePass(req: PayloadRequest, collection: SanitizedCollectionConfig, locale: Locale, incoming: JsonObject): Promise<JsonObject> {
  const previousLocale = req.locale
  req.locale = locale
  try {
    const common = { collection, context: req.context, global: null, operation: 'create', overrideAccess: true, req } as const
    const top = { fields: collection.fields, parentIndexPath: '', parentIsLocalized: false, parentPath: '', parentSchemaPath: '' }
    let data: JsonObject = structuredClone(incoming)
    await beforeValidateTraverseFields({ ...common, ...top, data, doc: {}, siblingData: data, siblingDoc: {} })
    for (const hook of collection.hooks.beforeValidate ?? []) data = (await hook({ ...common, data, originalDoc: {} as never })) || data
    for (const hook of collection.hooks.beforeChange ?? []) data = (await hook({ ...common, data, originalDoc: {} as never })) || data
    const errors: ConstructorParameters<typeof ValidationError>[0]['errors'] = []
    const mergeLocaleActions: (() => Promise<void> | void)[] = []
    const noDoc = { doc: {}, docWithLocales: {}, siblingDoc: {}, siblingDocWithLocales: {} }
    await beforeChangeTraverseFields({ ...common, ...top, ...noDoc, data, errors, fieldLabelPath: '', mergeLocaleActions, siblingData: data })
    if (errors.length) throw new ValidationError({ collection: collection.slug, errors, req }, req.t)
    for (const action of mergeLocaleActions) await action()
    return data
  } finally {
    req.locale = previousLocale
  }
}
