import type { Payload, Where } from 'payload'
import { contentHref } from '@/content/types'
import { type Locale, isLocale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { publicRead } from '@/lib/cms/read/publicRead'
import { slugsByLocale } from '@/lib/cms/read/slugsByLocale'
import type { OldUrl } from './oldUrls'

/**
 * The new address of an old WordPress address: the post's page in the language asked for when it
 * exists (published) in it, else in Italian. Null when no published post had that address.
 * Looked up by WordPress ID, by the old post name, then by the current slug.
 */
export async function resolveOldUrl(payload: Payload, old: OldUrl): Promise<string | null> {
  const find = async (locale: Locale, where: Where) => {
    const { docs } = await payload.find({ collection: 'posts', where, limit: 1, depth: 0, select: { slug: true }, ...publicRead(locale) })
    return docs[0]?.id
  }
  const { wordpressId, slug } = old
  const id =
    wordpressId !== undefined
      ? await find('it', { wordpressId: { equals: wordpressId } })
      : slug !== undefined
        ? ((await find('it', { wordpressSlug: { equals: slug } })) ?? (await find(old.locale ?? 'it', { slug: { equals: slug } })))
        : undefined
  if (id === undefined) return null
  const doc = await payload.findByID({ collection: 'posts', id, locale: 'all', depth: 0, overrideAccess: false, draft: false, select: { slug: true, availableIn: true } })
  const slugs = slugsByLocale(doc)
  const wanted = old.locale
  const locale = isLocale(wanted) && slugs[wanted] ? wanted : slugs.it ? 'it' : slugs.en ? 'en' : undefined
  return locale ? getPathname({ locale, href: contentHref('posts', slugs[locale] as string) }) : null
}
