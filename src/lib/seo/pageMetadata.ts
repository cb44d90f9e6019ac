import type { Metadata } from 'next'
import type { Href } from '@/i18n/hrefs'
import { defaultLocale, type Locale, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import type { ImageView } from '@/lib/cms/media'
import { absoluteUrl } from './absoluteUrl'

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

export const localizedUrl = (locale: Locale, href: Href) => absoluteUrl(getPathname({ locale, href }))

/**
 * Title, description, canonical URL, hreflang alternates (only where a translation exists, plus
 * x-default) and Open Graph for one page.
 */
export function pageMetadata({ locale, title, description, existsIn, image, type = 'website', publishedTime }: PageMetadataInput): Metadata {
  const present = locales.filter((code) => existsIn[code])
  const urls = Object.fromEntries(present.map((code) => [code, localizedUrl(code, existsIn[code] as Href)]))
  const canonical = urls[locale]
  const xDefault = urls[defaultLocale] ?? urls[present[0]]
  return {
    title,
    description,
    alternates: {
      canonical,
      languages: present.length ? { ...urls, 'x-default': xDefault } : undefined,
    },
    openGraph: {
      title,
      description,
      url: canonical,
      type,
      locale: openGraphLocale[locale],
      alternateLocale: present.filter((code) => code !== locale).map((code) => openGraphLocale[code]),
      ...(publishedTime ? { publishedTime } : {}),
      ...(image ? { images: [{ url: absoluteUrl(image.src), width: image.width, height: image.height, alt: image.alt }] } : {}),
    },
    twitter: { card: image ? 'summary_large_image' : 'summary' },
  }
}
