import 'server-only'
import { notFound } from 'next/navigation'
import { type ContentCollection, contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { permanentRedirect } from '@/i18n/navigation'
import { type DocumentView, documentTypes } from './contentTypes'
import { findCurrentSlug } from './read/currentSlug'

/**
 * The document a page shows. A slug it had before in this locale redirects permanently to the
 * current one; any other slug (or an absurdly long one) is the localized 404.
 */
export async function loadDocument<C extends ContentCollection>(collection: C, locale: Locale, slug: string): Promise<DocumentView<C>> {
  if (slug.length > 200) notFound()
  const load = documentTypes[collection].load as (locale: Locale, slug: string) => Promise<DocumentView<C> | null>
  const doc = await load(locale, slug)
  if (doc) return doc
  const current = await findCurrentSlug(collection, locale, slug)
  if (current) permanentRedirect({ href: contentHref(collection, current), locale })
  notFound()
}
