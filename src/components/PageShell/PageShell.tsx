import type React from 'react'
import type { LocaleTargets } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { getSite } from '@/lib/cms/site'
import { PreviewBanner } from '../PreviewBanner/PreviewBanner'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

type Props = { locale: Locale; targets: LocaleTargets; children: React.ReactNode }

/**
 * Header, main landmark and footer of every public page. The page passes where the language
 * switcher leads, because only the page knows its document's slug in the other locale.
 */
export async function PageShell({ locale, targets, children }: Props) {
  const site = await getSite(locale)
  return (
    <>
      <PreviewBanner locale={locale} />
      <SiteHeader locale={locale} site={site} targets={targets} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooter locale={locale} site={site} />
    </>
  )
}
