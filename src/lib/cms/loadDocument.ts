import 'server-only'
import { notFound } from 'next/navigation'
import { documentHref, type Section } from '@/i18n/hrefs'
import { isLocale, type Locale } from '@/i18n/locales'
import { permanentRedirect } from '@/i18n/navigation'
import { findCurrentSlug } from '@/lib/cms/read/currentSlug'

type Collection = Parameters<typeof findCurrentSlug>[0]

type Options<T> = {
  section: Section
  collection: Collection
  locale: Locale
  slug: string
  get: (locale: Locale, slug: string) => Promise<T | null>
}

/**
 * The document a page shows. A slug it had before in this locale redirects permanently to the
 * current one; any other slug (or an absurdly long one) is the localized 404.
 */
export async function loadDocument<T>({ section, collection, locale, slug, get }: Options<T>): Promise<T> {
  if (!isLocale(locale) || slug.length > 200) notFound()
  const doc = await get(locale, slug)
  if (doc) return doc
  const current = await findCurrentSlug(collection, locale, slug)
  if (current) permanentRedirect({ href: documentHref(section, current), locale })
  notFound()
}
