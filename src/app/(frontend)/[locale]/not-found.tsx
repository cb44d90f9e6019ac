import { getLocale, getTranslations } from 'next-intl/server'
import { StaticShell } from '@/components/StaticShell/StaticShell'
import { isLocale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { routing } from '@/i18n/routing'

/** Never reads the database: a bad address answers the same while it is down. */
export default async function NotFound() {
  const requested = await getLocale()
  const locale = isLocale(requested) ? requested : routing.defaultLocale
  const t = await getTranslations({ locale, namespace: 'notFound' })
  return (
    <StaticShell locale={locale}>
      <div className="narrow section stack">
        <p className="eyebrow">404</p>
        <h1>{t('title')}</h1>
        <p className="lede">{t('description')}</p>
        <p>
          <Link href="/" className="button">
            {t('backHome')}
          </Link>{' '}
          <Link href="/search" className="button button-secondary">
            {t('orTry')}
          </Link>
        </p>
      </div>
    </StaticShell>
  )
}
