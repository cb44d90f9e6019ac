import { redirectsPlugin } from '@payloadcms/plugin-redirects'
import { seoPlugin } from '@payloadcms/plugin-seo'
import type { Plugin } from 'payload'
import { redirectsConfig } from '@/collections/Redirects'
import { contentCollections } from '@/content/types'
import { draftSavesNeverPublish } from './draftSavesNeverPublish'
import { formBuilder } from './formBuilder'
import { hardenApi } from './hardenApi'
import { mediaStorage } from './mediaStorage'
import { getEnv } from '@/config/env'
import { generateDescription, generateImage, generateTitle, generateURL } from './seoDefaults'
import { seoFields } from './seoFieldLabels'

/** Every Payload plugin of the site, in the order they apply. */
export const plugins: Plugin[] = [
  draftSavesNeverPublish,
  formBuilder,
  seoPlugin({
    collections: contentCollections,
    uploadsCollection: 'media',
    tabbedUI: false,
    generateTitle,
    generateDescription,
    generateImage,
    generateURL,
    fields: seoFields,
  }),
  redirectsPlugin(redirectsConfig),
  hardenApi,
  mediaStorage(getEnv()),
]
