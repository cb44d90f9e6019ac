import { getTranslations } from 'next-intl/server'
import type { LocaleTargets } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { SiteView } from '@/lib/cms/site'
import { LocaleSwitcher } from '../LocaleSwitcher/LocaleSwitcher'
import { MenuDisclosure } from './MenuDisclosure'
import { sitePageHref } from './navHref'
import styles from './PageShell.module.css'

type Props = { locale: Locale; site: SiteView; targets: LocaleTargets }

/**
 * The site's name, its sections, the languages and "Book a visit". On a wide screen they sit in a
 * row; on a phone the row keeps the name and a Menu button that opens the rest (the same links,
 * rendered twice: only one copy is ever displayed, so assistive technology meets one).
 */
export async function SiteHeader({ locale, site, targets }: Props) {
  const t = await getTranslations({ locale, namespace: 'layout' })
  const items = site.navigation.filter((item) => item.page !== 'home' && item.page !== 'search')
  const links = (
    <>
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
              <span className={styles.searchLabel}>{t('search')}</span>
            </Link>
          </li>
        </ul>
      </nav>
      <LocaleSwitcher locale={locale} switchTo={targets.switchTo} label={t('language')} />
      {site.contactHref && (
        <a href={site.contactHref} className={`button ${styles.cta}`}>
          {t('bookVisit')}
        </a>
      )}
    </>
  )
  return (
    <header className={styles.header}>
      <div className={`container ${styles.headerInner}`}>
        <Link href="/" className={styles.brand}>
          <span className={styles.brandMark} aria-hidden="true">W</span>
          <span className={styles.brandName}>{site.name}</span>
        </Link>
        <div className={styles.wide}>{links}</div>
        <MenuDisclosure label={t('menu')} className={styles.menu} summaryClassName={styles.menuButton} panelClassName={styles.menuPanel}>
          {links}
        </MenuDisclosure>
      </div>
    </header>
  )
}
