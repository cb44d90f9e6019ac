import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { slugsByLocale } from './slugsByLocale'

export type LocaleSlugs = Partial<Record<Locale, string>>

type Localized = 'posts' | 'events' | 'projects' | 'spaces'

/** The slug a published document has in each locale it is translated into (none where it is not). */
export const getLocaleSlugs = cached(
  'locale-slugs',
  ['posts', 'events', 'projects', 'spaces'],
  async (collection: Localized, id: number): Promise<LocaleSlugs> => {
    const payload = await getPayloadClient()
    const doc = await payload.findByID({
      collection,
      id,
      locale: 'all',
      depth: 0,
      overrideAccess: false,
      draft: false,
      disableErrors: true,
      select: { slug: true, availableIn: true },
    })
    return doc ? slugsByLocale(doc) : {}
  },
)
