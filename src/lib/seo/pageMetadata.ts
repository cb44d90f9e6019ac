import type { Metadata } from 'next'
import type { Href } from '@/i18n/hrefs'
import { type Locale, locales } from '@/i18n/locales'
import type { ImageView } from '@/lib/cms/shared/media'
import { absoluteUrl } from './absoluteUrl'
import { languageUrls } from './languageUrls'

export const openGraphLocale: Record<Locale, string> = { it: 'it_IT', en: 'en_GB' }

type PageMetadataInput = {
  locale: Locale
  title: string
  description?: string
  /** The locales this page really exists in, each with its own address. */
  existsIn: Partial<Record<Locale, Href>>
  image?: ImageView
  type?: 'website' | 'article'
  publishedTime?: string
}

/**
 * Title, description, canonical URL, hreflang alternates (only where a translation exists, plus
 * x-default) and Open Graph for one page.
 */
export function pageMetadata({ locale, title, description, existsIn, image, type = 'website', publishedTime }: PageMetadataInput): Metadata {
  const languages = languageUrls(existsIn)
  const canonical = languages[locale]
  return {
    title,
    description,
    alternates: {
      canonical,
      languages,
    },
    openGraph: {
      title,
      description,
      url: canonical,
      type,
      locale: openGraphLocale[locale],
      alternateLocale: locales.filter((code) => code !== locale && languages[code]).map((code) => openGraphLocale[code]),
      ...(publishedTime ? { publishedTime } : {}),
      ...(image ? { images: [{ url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }] } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  }
}
