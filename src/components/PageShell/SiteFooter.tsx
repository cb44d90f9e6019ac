import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import type { SiteView } from '@/lib/cms/site'
import styles from './PageShell.module.css'

type Props = { locale: Locale; site: SiteView }

export async function SiteFooter({ locale, site }: Props) {
  const t = await getTranslations({ locale, namespace: 'layout' })
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.footerInner}`}>
        <div>
          <p className={styles.footerName}>{site.name}</p>
          {site.tagline && <p>{site.tagline}</p>}
        </div>
        <address>
          {site.address && <p>{site.address}</p>}
          {site.openingHours && <p>{site.openingHours}</p>}
          {site.email && (
            <p>
              <a href={`mailto:${site.email}`}>{site.email}</a>
            </p>
          )}
          {site.phone && <p>{site.phone}</p>}
        </address>
        <ul className="list-plain">
          {site.social.map((profile) => (
            <li key={profile.url}>
              <a href={profile.url} rel="me noopener" className={styles.social}>
                {profile.network}
              </a>
            </li>
          ))}
          <li>
            <a href={`${getPathname({ locale, href: '/' })}/feed.xml`} type="application/rss+xml">
              {t('feed')}
            </a>
          </li>
          <li>
            <a href="/admin">{t('staffArea')}</a>
          </li>
        </ul>
      </div>
    </footer>
  )
}
