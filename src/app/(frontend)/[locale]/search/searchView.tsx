import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell/PageShell'
import { SearchResult } from '@/components/SearchResult/SearchResult'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import { getSearchResults } from '@/lib/cms/search'
import { preloadSite } from '@/lib/cms/site'
import { maxSearchQueryLength, type SearchAddress, searchPageSize } from '@/lib/cms/search/searchAddress'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import styles from './search.module.css'

export async function searchMetadata(locale: Locale): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'search' })
  return {
    ...pageMetadata({ locale, title: t('title'), description: t('description'), existsIn: everyLocale('/search').existsIn }),
    robots: { index: false, follow: true },
  }
}

/** The search page: the form, and the results of `address` when it has words that fit. */
export async function SearchView({ locale, address: { q, query, page } }: { locale: Locale; address: SearchAddress }) {
  const tooLong = query.length > maxSearchQueryLength
  preloadSite(locale)
  const found =
    query && !tooLong
      ? await getSearchResults({ locale, query: query.toLowerCase(), limit: searchPageSize, offset: (page - 1) * searchPageSize })
      : undefined
  if (found && page > 1 && found.results.length === 0) notFound()
  const t = await getTranslations({ locale, namespace: 'search' })
  const pageHref = (target: number) => ({ pathname: '/search' as const, query: { q: query, ...(target > 1 ? { page: target } : {}) } })
  return (
    <PageShell locale={locale} targets={everyLocale({ pathname: '/search', query: query ? { q: query } : {} })}>
      <div className="narrow section">
        <h1>{t('title')}</h1>
        <form role="search" method="get" className={styles.form}>
          <label htmlFor="q" className={styles.label}>
            {t('label')}
          </label>
          <div className={styles.row}>
            <input id="q" name="q" type="search" defaultValue={q} placeholder={t('placeholder')} maxLength={maxSearchQueryLength} className={styles.input} />
            <button type="submit" className="button">
              {t('submit')}
            </button>
          </div>
        </form>
        {tooLong && <p className="notice" role="status">{t('tooLong', { max: maxSearchQueryLength })}</p>}
        {!query && <p className="meta">{t('hint')}</p>}
        {found && (
          <section aria-labelledby="results-heading">
            <p id="results-heading" className={styles.count} role="status">
              {found.more ? t('moreResults', { count: found.total, query }) : t('results', { count: found.total, query })}
            </p>
            {found.total === 0 && <p>{t('noResults')}</p>}
            <ol className="list-plain">
              {found.results.map((result) => (
                <SearchResult key={`${result.collection}-${result.id}`} locale={locale} result={result} />
              ))}
            </ol>
            <nav className={styles.pages} aria-label={t('title')}>
              {page > 1 && <Link href={pageHref(page - 1)} rel="prev">{t('previous')}</Link>}
              {page * searchPageSize < found.total && <Link href={pageHref(page + 1)} rel="next">{t('next')}</Link>}
            </nav>
          </section>
        )}
      </div>
    </PageShell>
  )
}
