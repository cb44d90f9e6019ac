import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import { contentHref, isContentCollection } from '@/content/types'
import { defaultLocale, isLocale, type Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { richTextParagraphs, truncate } from '@/lib/richText/plainText'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'

/** What the SEO plugin fills in when an editor presses "Auto-generate", for the locale being edited. */
export const SITE_NAME = 'Warehouse Coworking Factory'
const DESCRIPTION_LENGTH = 155

type SeoDoc = {
  title?: string | null
  name?: string | null
  excerpt?: string | null
  summary?: string | null
  description?: unknown
  slug?: string | null
  coverImage?: number | { id: number } | null
  logo?: number | { id: number } | null
}

/** The public address of a document page in one locale, e.g. /it/eventi/{slug}. */
export function publicDocumentPath(collection: string, locale: Locale, slug: string): string | undefined {
  if (!isContentCollection(collection) || !slug) return undefined
  return getPathname({ locale, href: contentHref(collection, slug) })
}

const localeOf = (locale: string | undefined): Locale => (isLocale(locale) ? locale : defaultLocale)

export const generateTitle: GenerateTitle<SeoDoc> = ({ doc }) => [doc?.title ?? doc?.name, SITE_NAME].filter(Boolean).join(' · ')

export const generateDescription: GenerateDescription<SeoDoc> = ({ doc }) => {
  const text = doc?.excerpt?.trim() || doc?.summary?.trim() || richTextParagraphs(doc?.description).join(' ')
  return text ? truncate(text.replace(/\s+/g, ' '), DESCRIPTION_LENGTH) : ''
}

export const generateImage: GenerateImage<SeoDoc> = ({ doc }) => {
  const image = doc?.coverImage ?? doc?.logo
  return typeof image === 'object' && image ? image.id : (image ?? '')
}

export const generateURL: GenerateURL<SeoDoc> = ({ doc, collectionConfig, locale }) => {
  const path = collectionConfig && doc?.slug ? publicDocumentPath(collectionConfig.slug, localeOf(locale), doc.slug) : undefined
  return absoluteUrl(path ?? `/${localeOf(locale)}`)
}
