import path from 'node:path'
import { revalidateCollection } from './shared/revalidate'
import type { CollectionConfig } from 'payload'
import { anyone, isStaff } from '@/access/roles'
import { getEnv } from '@/config/env'
import { wordpressIdField } from '@/fields/wordpress'
import { imageMimeTypes, ORIGINAL_MAX_PX } from '@/config/uploads'
import { explainUploadErrors } from './shared/uploadErrors'
import { missingFileIsNotFound } from './shared/missingFile'

export const mediaSlug = 'media'

const staticDir = path.resolve(/* turbopackIgnore: true */ process.cwd(), getEnv().MEDIA_DIR)

const webp = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: mediaSlug,
  hooks: { ...revalidateCollection('media'), afterError: [explainUploadErrors] },
  labels: { singular: { it: 'Immagine', en: 'Image' }, plural: { it: 'Immagini', en: 'Images' } },
  admin: { group: { it: 'Contenuti', en: 'Content' }, useAsTitle: 'filename' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir,
    // On S3 the storage adapter adds its own handler, which knows a missing key.
    handlers: getEnv().S3_BUCKET ? [] : [missingFileIsNotFound(staticDir)],
    mimeTypes: imageMimeTypes,
    focalPoint: true,
    crop: true,
    // A camera's original is kept at most 2560 px on its long side (turned upright, its metadata,
    // GPS included, dropped by sharp); every size below is re-encoded to webp.
    resizeOptions: { width: ORIGINAL_MAX_PX, height: ORIGINAL_MAX_PX, fit: 'inside', withoutEnlargement: true },
    imageSizes: [
      { name: 'thumbnail', width: 320, height: 240, position: 'centre', formatOptions: webp },
      { name: 'card', width: 640, height: 400, position: 'centre', formatOptions: webp },
      { name: 'medium', width: 960, formatOptions: webp },
      { name: 'large', width: 1600, formatOptions: webp },
      { name: 'og', width: 1200, height: 630, position: 'centre', formatOptions: webp },
    ],
    adminThumbnail: 'thumbnail',
  },
  fields: [
    {
      name: 'alt',
      type: 'text',
      required: true,
      localized: true,
      label: { it: 'Testo alternativo', en: 'Alternative text' },
      admin: {
        description: {
          it: "Descrivi l'immagine per chi non la vede (obbligatorio).",
          en: 'Describe the image for people who cannot see it (required).',
        },
      },
    },
    { name: 'caption', type: 'text', localized: true, label: { it: 'Didascalia', en: 'Caption' } },
    { name: 'credit', type: 'text', label: { it: 'Crediti', en: 'Credit' } },
    wordpressIdField,
  ],
}
