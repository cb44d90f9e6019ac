import 'server-only'
import { type ContentCollection, contentCollections } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { publicRead } from './publicRead'

/** The slug a document has now, if `oldSlug` is one it had before in this locale. */
export const findCurrentSlug = cached(
  'current-slug',
  contentCollections,
  async (collection: ContentCollection, locale: Locale, oldSlug: string): Promise<string | undefined> => {
    const payload = await getPayloadClient()
    const { docs } = await payload.find({
      collection,
      where: { 'previousSlugs.slug': { equals: oldSlug } },
      limit: 1,
      depth: 0,
      select: { slug: true },
      ...publicRead(locale),
    })
    const slug = docs[0]?.slug
    return typeof slug === 'string' && slug !== oldSlug ? slug : undefined
  },
)
