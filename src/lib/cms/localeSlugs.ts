import 'server-only'
import { type Locale, locales } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'

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
    if (!doc) return {}
    const slugs = doc.slug as unknown as Partial<Record<Locale, string | null>> | string | null
    const available = (doc.availableIn ?? {}) as Partial<Record<Locale, boolean | null>>
    return Object.fromEntries(
      locales.flatMap((locale) => {
        const slug = typeof slugs === 'string' ? slugs : slugs?.[locale]
        return available[locale] && slug ? [[locale, slug]] : []
      }),
    )
  },
)
