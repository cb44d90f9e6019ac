import 'server-only'
import { type ContentCollection, contentCollections } from '@/content/types'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { findLocaleSlugs, type LocaleSlugs } from './slugsByLocale'

export type { LocaleSlugs }

/** The slug a published document has in each locale it is translated into (none where it is not). */
export const getLocaleSlugs = cached('locale-slugs', contentCollections, async (collection: ContentCollection, id: number) =>
  findLocaleSlugs(await getPayloadClient(), collection, id),
)
