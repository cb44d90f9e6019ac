import type { Payload } from 'payload'
import type { Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { slugsByLocale } from '@/lib/cms/read/slugsByLocale'

export type SitemapDocument = { section: Section; slugs: Partial<Record<Locale, string>>; updatedAt: string }

const sectionCollections = { blog: 'posts', events: 'events', spaces: 'spaces', projects: 'projects' } as const

/** Every published document with its slug in each locale it is translated into (kept apart from the cache for tests). */
export async function findSitemapDocuments(payload: Payload): Promise<SitemapDocument[]> {
  const perSection = await Promise.all(
    (Object.keys(sectionCollections) as Section[]).map(async (section) => {
      const { docs } = await payload.find({
        collection: sectionCollections[section],
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        draft: false,
        select: { slug: true, availableIn: true, updatedAt: true },
      })
      return docs.map((doc) => ({ section, slugs: slugsByLocale(doc), updatedAt: doc.updatedAt }))
    }),
  )
  return perSection.flat().filter((doc) => Object.keys(doc.slugs).length > 0)
}
