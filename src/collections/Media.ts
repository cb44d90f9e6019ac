import path from 'node:path'
import { revalidateCollection } from './shared/revalidate'
import type { CollectionConfig } from 'payload'
import { anyone, isStaff } from '@/access/roles'
import { getEnv } from '@/config/env'
import { wordpressIdField } from '@/fields/wordpress'

export const mediaSlug = 'media'

const webp = { format: 'webp' as const, options: { quality: 78 } }

export const Media: CollectionConfig = {
  slug: mediaSlug,
  hooks: revalidateCollection('media'),
  labels: { singular: { it: 'Immagine', en: 'Image' }, plural: { it: 'Immagini', en: 'Images' } },
  admin: { group: { it: 'Contenuti', en: 'Content' }, useAsTitle: 'filename' },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  upload: {
    staticDir: path.resolve(/* turbopackIgnore: true */ process.cwd(), getEnv().MEDIA_DIR),
    mimeTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif'],
    focalPoint: true,
    crop: true,
    // The original is kept as uploaded; every size below is re-encoded to webp by sharp.
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
