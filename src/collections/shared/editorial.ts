import type { CollectionConfig, Field } from 'payload'
import { isStaff } from '@/access/roles'
import { publishedInLocale } from '@/access/publishedInLocale'
import { type TranslationRule, trackTranslationState } from '@/fields/translationState'
import { syncAvailableIn } from '@/fields/translationState/syncAvailableIn'
import type { CacheSource } from '@/lib/cms/read/cacheTags'
import { mediaSlug } from '../Media'
import { revalidateCollection } from './revalidate'
import { ADMIN_TIME_FORMAT } from '@/fields/romeDateTime'

/** Posts, events and projects: staff write, visitors read what is published in their language. */
export const editorialAccess: CollectionConfig['access'] = {
  read: publishedInLocale,
  readVersions: isStaff,
  create: isStaff,
  update: isStaff,
  delete: isStaff,
}

export const editorialVersions: CollectionConfig['versions'] = {
  maxPerDoc: 50,
  drafts: { autosave: { interval: 2000 }, schedulePublish: { timeFormat: ADMIN_TIME_FORMAT } },
}

export const coverImageField: Field = {
  name: 'coverImage',
  type: 'upload',
  relationTo: mediaSlug,
  label: { it: 'Immagine di copertina', en: 'Cover image' },
}

/**
 * Hooks of a collection with drafts and translations: the translation state of the locale saved,
 * visitors' availability per published locale, then the site's cache.
 */
export function editorialHooks(source: CacheSource, rule: TranslationRule): CollectionConfig['hooks'] {
  const revalidate = revalidateCollection(source)
  return {
    ...revalidate,
    beforeChange: [trackTranslationState(rule)],
    afterChange: [syncAvailableIn, ...revalidate.afterChange],
  }
}
