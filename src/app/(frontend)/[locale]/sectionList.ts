import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { sectionListMetadata } from '@/lib/seo/sectionListMetadata'

/** The props of a section's list page (events, projects, spaces): `?only=` carries the notice. */
export type SectionListProps = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ only?: string | string[] }> }

/** A list page's `generateMetadata`: the section's title and description, in every locale. */
export const sectionListGenerateMetadata =
  (section: Parameters<typeof sectionListMetadata>[1]) =>
  async ({ params }: SectionListProps): Promise<Metadata> =>
    sectionListMetadata((await localeParams(params)).locale, section)
