import 'server-only'
import type { Where } from 'payload'
import { getPathname } from '@/i18n/navigation'
import { documentHref } from '@/i18n/hrefs'
import { type Locale, isLocale } from '@/i18n/locales'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { getLocaleSlugs } from './localeSlugs'
import { publicRead } from './publicRead'

/**
 * The new address of an old WordPress address (see parseOldUrl): the post's page in the language
 * asked for when it exists in it, else in Italian. Nothing when no published post had that address.
 */
export const findOldUrlTarget = cached(
  'old-url-target',
  ['posts'],
  async (wordpressId: number | null, slug: string | null, wanted: string | null): Promise<string | null> => {
    const payload = await getPayloadClient()
    const find = async (locale: Locale, where: Where) => {
      const { docs } = await payload.find({ collection: 'posts', where, limit: 1, depth: 0, select: { slug: true }, ...publicRead(locale) })
      return docs[0]?.id
    }
    const id =
      wordpressId !== null
        ? await find('it', { wordpressId: { equals: wordpressId } })
        : slug !== null
          ? ((await find('it', { wordpressSlug: { equals: slug } })) ?? (await find('en', { slug: { equals: slug } })) ?? (await find('it', { slug: { equals: slug } })))
          : undefined
    if (id === undefined) return null
    const slugs = await getLocaleSlugs('posts', id)
    const locale: Locale | undefined = isLocale(wanted) && slugs[wanted] ? wanted : slugs.it ? 'it' : slugs.en ? 'en' : undefined
    return locale ? getPathname({ locale, href: documentHref('blog', slugs[locale] as string) }) : null
  },
)
