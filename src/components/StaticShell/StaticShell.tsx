import type React from 'react'
import type { Locale } from '@/i18n/locales'
import styles from '../PageShell/PageShell.module.css'

type Props = { locale: Locale; children: React.ReactNode }

/**
 * The page shell of error and not-found pages: the site's header and main landmark without
 * anything read from the database, so they render while the database is down.
 */
export function StaticShell({ locale, children }: Props) {
  return (
    <>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <a href={`/${locale}`} className={styles.brand}>
            <span className={styles.brandMark} aria-hidden="true">W</span>
            <span>Warehouse Coworking Factory</span>
          </a>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  )
}
