import type { Payload } from 'payload'
import { contentCollections, sectionOf } from '@/content/types'
import type { Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { slugsByLocale } from '@/lib/cms/read/slugsByLocale'

export type SitemapDocument = { section: Section; slugs: Partial<Record<Locale, string>>; updatedAt: string }

/** Every published document with its slug in each locale it is translated into (kept apart from the cache for tests). */
export async function findSitemapDocuments(payload: Payload): Promise<SitemapDocument[]> {
  const perCollection = await Promise.all(
    contentCollections.map(async (collection) => {
      const { docs } = await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        draft: false,
        select: { slug: true, availableIn: true, updatedAt: true },
      })
      return docs.map((doc) => ({ section: sectionOf(collection), slugs: slugsByLocale(doc), updatedAt: doc.updatedAt }))
    }),
  )
  return perCollection.flat().filter((doc) => Object.keys(doc.slugs).length > 0)
}
