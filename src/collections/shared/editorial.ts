import type { CollectionConfig, Field } from 'payload'
import { isStaff } from '@/access/roles'
import { publishedInLocale } from '@/access/publishedInLocale'
import { mediaSlug } from '../Media'

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
  drafts: { autosave: { interval: 2000 }, schedulePublish: true },
}

export const coverImageField: Field = {
  name: 'coverImage',
  type: 'upload',
  relationTo: mediaSlug,
  label: { it: 'Immagine di copertina', en: 'Cover image' },
}
