import 'server-only'
import { contentHref } from '@/content/types'
import { type Locale, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { getLocaleSlugs } from '@/lib/cms/read/localeSlugs'

/**
 * Where a permanent link leads today: the document's current slug in the visitor's language, or in
 * the language it exists in when it is not translated; null when it is not published at all.
 */
export async function shortLinkTarget(collection: 'events' | 'posts', id: number, preferred: Locale): Promise<string | null> {
  const slugs = await getLocaleSlugs(collection, id)
  const locale = slugs[preferred] ? preferred : locales.find((code) => slugs[code])
  const slug = locale && slugs[locale]
  return locale && slug ? getPathname({ locale, href: contentHref(collection, slug) }) : null
}
