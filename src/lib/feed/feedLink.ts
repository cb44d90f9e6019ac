import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'

export const feedPath = (locale: Locale) => `/${locale}/feed.xml`

/** Page metadata replaces the layout's `alternates`, so blog pages name their feed again. */
export const withFeedLink = (metadata: Metadata, locale: Locale): Metadata => ({
  ...metadata,
  alternates: { ...metadata.alternates, types: { 'application/rss+xml': feedPath(locale) } },
})
