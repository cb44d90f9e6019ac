import 'server-only'
import type { Metadata } from 'next'
import { type ContentCollection, contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { type DocumentBase, type DocumentType, documentTypes } from '@/lib/cms/contentTypes'
import { loadDocument } from '@/lib/cms/loadDocument'
import { withFeedLink } from '@/lib/feed/feedLink'
import { ogImagePath, withGeneratedImage } from './generatedImage'
import { pageMetadata } from './pageMetadata'

/**
 * The metadata of every document page, from its SEO view: an editor's SEO title is used as it is;
 * hreflang only where the document is translated; its generated card, when its type has one.
 */
export function documentMetadata(collection: ContentCollection, locale: Locale, doc: DocumentBase): Metadata {
  const type: DocumentType = documentTypes[collection]
  const { seo } = doc
  const metadata = pageMetadata({
    locale,
    title: seo.title,
    description: seo.description,
    existsIn: contentTargets(collection, doc.slugs).existsIn,
    image: seo.image,
    ...(type.article ? { type: 'article', publishedTime: doc.publishedAt } : {}),
  })
  const titled = seo.custom ? { ...metadata, title: { absolute: seo.title } } : metadata
  const carded = type.ogCard ? withGeneratedImage(titled, ogImagePath(locale, type.ogCard, doc.id), doc.title ?? doc.name ?? seo.title) : titled
  return type.article ? withFeedLink(carded, locale) : carded
}

/** A document page's `generateMetadata`: the locale checked, the document loaded (or 308, or 404), its metadata. */
export const documentPageMetadata =
  (collection: ContentCollection) =>
  async ({ params }: { params: Promise<{ locale: string; slug: string }> }): Promise<Metadata> => {
    const { locale, slug } = await localeParams(params)
    return documentMetadata(collection, locale, await loadDocument(collection, locale, slug))
  }
