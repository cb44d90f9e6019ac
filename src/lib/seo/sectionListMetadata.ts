import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { everyLocale, type Section, sectionPathname } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { pageMetadata } from './pageMetadata'

/** Metadata of a section's list page: its title and description messages, in every locale. */
export async function sectionListMetadata(locale: Locale, section: Exclude<Section, 'blog' | 'pages'>): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: section })
  return pageMetadata({
    locale,
    title: t('title'),
    description: t('description'),
    existsIn: everyLocale(sectionPathname[section]).existsIn,
  })
}
