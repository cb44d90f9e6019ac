import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { OnlyInNotice } from '@/components/OnlyInNotice/OnlyInNotice'
import { SectionHeader } from '@/components/SectionHeader/SectionHeader'
import type { Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'

/** The sections with a list page (pages live at the site's root and have none). */
type ListSection = Exclude<Section, 'pages'>

type Props = { locale: Locale; section: ListSection; only: unknown; children?: ReactNode }

/** The top of a section's list page: its header, in the section's own messages, then the "only in" notice. */
export async function SectionListHeader({ locale, section, only, children }: Props) {
  const t = await getTranslations({ locale, namespace: section })
  return (
    <>
      <SectionHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')}>
        {children}
      </SectionHeader>
      <OnlyInNotice locale={locale} section={section} only={only} />
    </>
  )
}
