import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import { absoluteUrl } from './absoluteUrl'

export const ogImagePath = (locale: Locale, kind: 'event' | 'post', id: number) => `/${locale}/og/${kind}-${id}.png`

/**
 * The page's generated preview card (title, date, place, spaces, in the page's language) as its
 * Open Graph and Twitter image; Twitter also gets the title and description.
 */
export function withGeneratedImage(metadata: Metadata, imageUrl: string, alt: string): Metadata {
  const image = { url: absoluteUrl(imageUrl), width: 1200, height: 630, alt, type: 'image/png' }
  return {
    ...metadata,
    openGraph: { ...metadata.openGraph, images: [image] },
    twitter: { card: 'summary_large_image', title: metadata.openGraph?.title ?? undefined, description: metadata.description ?? undefined, images: [image] },
  }
}
