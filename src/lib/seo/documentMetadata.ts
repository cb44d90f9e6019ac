import type { Metadata } from 'next'
import type { LocaleTargets } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import type { SeoView } from '@/lib/cms/shared/linkViews'
import { pageMetadata } from './pageMetadata'

/** A document page's metadata from its SEO view: an editor's SEO title is used as it is. */
export function documentMetadata(locale: Locale, seo: SeoView, targets: LocaleTargets): Metadata {
  const metadata = pageMetadata({ locale, title: seo.title, description: seo.description, existsIn: targets.existsIn, image: seo.image })
  return seo.custom ? { ...metadata, title: { absolute: seo.title } } : metadata
}
