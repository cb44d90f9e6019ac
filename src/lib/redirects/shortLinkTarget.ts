import 'server-only'
import { documentHref } from '@/i18n/hrefs'
import { type Locale, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { getLocaleSlugs } from '@/lib/cms/localeSlugs'

const sections = { events: 'events', posts: 'blog' } as const

/**
 * Where a permanent link leads today: the document's current slug in the visitor's language, or in
 * the language it exists in when it is not translated; null when it is not published at all.
 */
export async function shortLinkTarget(collection: keyof typeof sections, id: number, preferred: Locale): Promise<string | null> {
  const slugs = await getLocaleSlugs(collection, id)
  const locale = slugs[preferred] ? preferred : locales.find((code) => slugs[code])
  const slug = locale && slugs[locale]
  return locale && slug ? getPathname({ locale, href: documentHref(sections[collection], slug) }) : null
}
