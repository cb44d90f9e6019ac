import { setRequestLocale } from 'next-intl/server'
import { PageShell } from '@/components/PageShell/PageShell'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { getSite } from '@/lib/cms/site'

type Props = { params: Promise<{ locale: Locale }> }

export default async function HomePage({ params }: Props) {
  const { locale } = await params
  setRequestLocale(locale)
  const site = await getSite(locale)
  return (
    <PageShell locale={locale} targets={everyLocale('/')}>
      <div className="container section">
        <h1>{site.name}</h1>
        <p className="lede">{site.tagline}</p>
      </div>
    </PageShell>
  )
}
