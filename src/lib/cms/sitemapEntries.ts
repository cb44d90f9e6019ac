import 'server-only'
import { type Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { slugsByLocale } from './slugsByLocale'

export type SitemapDocument = { section: Section; slugs: Partial<Record<Locale, string>>; updatedAt: string }

const sectionCollections = { blog: 'posts', events: 'events', spaces: 'spaces', projects: 'projects' } as const

/** Every published document with its slug in each locale it is translated into. */
export const listSitemapDocuments = cached(
  'sitemap-documents',
  ['posts', 'events', 'spaces', 'projects'],
  async (): Promise<SitemapDocument[]> => {
    const payload = await getPayloadClient()
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
  },
)
