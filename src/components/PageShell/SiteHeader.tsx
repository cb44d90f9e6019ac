import { getTranslations } from 'next-intl/server'
import type { LocaleTargets } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { SiteView } from '@/lib/cms/site'
import { LocaleSwitcher } from '../LocaleSwitcher/LocaleSwitcher'
import { sitePageHref } from './navHref'
import styles from './PageShell.module.css'

type Props = { locale: Locale; site: SiteView; targets: LocaleTargets }

export async function SiteHeader({ locale, site, targets }: Props) {
  const t = await getTranslations({ locale, namespace: 'layout' })
  const items = site.navigation.filter((item) => item.page !== 'home' && item.page !== 'search')
  return (
    <header className={styles.header}>
      <div className={`container ${styles.headerInner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">W</span>
          <span>{site.name}</span>
        </Link>
        <nav aria-label={t('mainNavigation')} className={styles.nav}>
          <ul className="list-plain">
            {items.map((item) => (
              <li key={`${item.label}-${item.page ?? item.url}`}>
                {item.page ? (
                  <Link href={sitePageHref[item.page as keyof typeof sitePageHref]}>{item.label}</Link>
                ) : (
                  <a href={item.url ?? '#'}>{item.label}</a>
                )}
              </li>
            ))}
            <li>
              <Link href="/search" className={styles.searchLink}>
                {t('search')}
              </Link>
            </li>
          </ul>
        </nav>
        <LocaleSwitcher locale={locale} switchTo={targets.switchTo} label={t('language')} />
      </div>
    </header>
  )
}
