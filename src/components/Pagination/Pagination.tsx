import { getTranslations } from 'next-intl/server'
import type { Href } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import styles from './Pagination.module.css'
import { pageItems } from './pageNumbers'

type Props = { locale: Locale; page: number; totalPages: number; hrefFor: (page: number) => Href }

/** Previous / numbered / next links; the current page is marked with aria-current. */
export async function Pagination({ locale, page, totalPages, hrefFor }: Props) {
  if (totalPages <= 1) return null
  const t = await getTranslations({ locale, namespace: 'pagination' })
  return (
    <nav aria-label={t('label')} className={styles.pagination}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className={styles.step}>
          <span aria-hidden="true">←</span> {t('previous')}
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
      <ol className={`list-plain ${styles.pages}`}>
        {pageItems(page, totalPages).map((item, index) =>
          item === 'gap' ? (
            <li key={`gap-${index}`} aria-hidden="true" className={styles.gap}>
              …
            </li>
          ) : (
            <li key={item}>
              {item === page ? (
                <span aria-current="page" className={styles.current}>
                  <span className="visually-hidden">{t('page', { page: item })}</span>
                  <span aria-hidden="true">{item}</span>
                </span>
              ) : (
                <Link href={hrefFor(item)} aria-label={t('page', { page: item })} className={styles.number}>
                  {item}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {page < totalPages ? (
        <Link href={hrefFor(page + 1)} rel="next" className={styles.step}>
          {t('next')} <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className={styles.placeholder} />
      )}
    </nav>
  )
}
