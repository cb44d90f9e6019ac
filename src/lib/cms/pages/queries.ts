import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type PageView, toPageView } from './views'

/** The page with this slug in this locale, if it is published there. */
export async function findPage(payload: Payload, locale: Locale, slug: string, read: ReadOptions = publicRead(locale)): Promise<PageView | null> {
  const { docs } = await payload.find({ collection: 'pages', where: { slug: { equals: slug } }, limit: 1, depth: 1, ...read })
  const page = docs[0]
  return page ? toPageView(page, await findLocaleSlugs(payload, 'pages', page.id)) : null
}
