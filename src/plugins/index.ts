import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'
import { draftSavesNeverPublish } from './draftSavesNeverPublish'
import { generateDescription, generateImage, generateTitle, generateURL } from './seoDefaults'
import { seoFields } from './seoFieldLabels'

/** Every Payload plugin of the site, in the order they apply. */
export const plugins: Plugin[] = [
  draftSavesNeverPublish,
  seoPlugin({
    collections: ['posts', 'events', 'projects', 'spaces'],
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle,
    generateDescription,
    generateImage,
    generateURL,
    fields: seoFields,
  }),
]
