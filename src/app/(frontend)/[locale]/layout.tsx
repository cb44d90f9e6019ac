import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type React from 'react'
import { localeParams } from '@/i18n/requestLocale'
import { getSite } from '@/lib/cms/site'
import { siteOrigin } from '@/lib/seo/absoluteUrl'
import './global.css'

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> }

// Pages are rendered on their first visit and then served from Next's cache until a collection
// hook expires them; nothing is prerendered at build time, when there is no database.
export function generateStaticParams() {
  return []
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const site = await getSite(locale)
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: site.name, template: `%s · ${site.name}` },
    description: site.tagline,
    applicationName: site.name,
    icons: { icon: '/favicon.svg' },
    openGraph: { siteName: site.name },
    alternates: { types: { 'application/rss+xml': `/${locale}/feed.xml` } },
  }
}

export default async function LocaleLayout({ children, params }: Props) {
  const { locale } = await localeParams(params)
  const t = await getTranslations('layout')
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t('skipToContent')}
        </a>
        {children}
      </body>
    </html>
  )
}
