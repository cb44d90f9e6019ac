import type { CollectionConfig } from 'payload'
import { derivedSecret } from '@/config/derivedSecret'
import { getEnv } from '@/config/env'
import { type ContentCollection, contentCollections } from '@/content/types'

export const previewCollections = contentCollections
export type PreviewCollection = ContentCollection

export const PREVIEW_PATH = '/next/preview'

/** The preview route's address for one document in one locale (the route checks the secret and the session). */
export function previewUrl(collection: PreviewCollection, id: unknown, locale: string): string | null {
  if (typeof id !== 'number' && typeof id !== 'string') return null
  const query = new URLSearchParams({ collection, id: String(id), locale, secret: derivedSecret('preview') })
  return `${getEnv().NEXT_PUBLIC_SERVER_URL}${PREVIEW_PATH}?${query}`
}

/** The admin's "Preview" button and live preview panel, both on the locale being edited. */
export function previewAdmin(collection: PreviewCollection): Pick<NonNullable<CollectionConfig['admin']>, 'preview' | 'livePreview'> {
  return {
    preview: (doc, { locale }) => previewUrl(collection, doc.id, locale),
    livePreview: { url: ({ data, locale }) => previewUrl(collection, data.id, locale.code) },
  }
}
