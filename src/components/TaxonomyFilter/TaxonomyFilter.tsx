import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { Taxonomies, TermView } from '@/lib/cms/posts'
import styles from './TaxonomyFilter.module.css'

type Props = { locale: Locale; taxonomies: Taxonomies; active: { category?: string; tag?: string } }

type Term = TermView & { count: number }

/** Category and tag links that filter the blog list; one filter at a time, the active one marked. */
export async function TaxonomyFilter({ locale, taxonomies, active }: Props) {
  const t = await getTranslations({ locale, namespace: 'taxonomyFilter' })
  const chip = (term: Term, kind: 'category' | 'tag') => {
    const current = active[kind] === term.slug
    return (
      <li key={term.slug}>
        <Link
          href={{ pathname: '/blog', query: { [kind]: term.slug } }}
          aria-current={current ? 'true' : undefined}
          className={`${styles.chip} ${kind === 'tag' ? styles.tag : ''}`}
        >
          {term.title}
          <span className={styles.count} aria-hidden="true">
            {term.count}
          </span>
          <span className="visually-hidden"> ({t('postsCount', { count: term.count })})</span>
        </Link>
      </li>
    )
  }
  return (
    <nav aria-label={t('label')} className={styles.filter}>
      {taxonomies.categories.length > 0 && (
        <div className={styles.group}>
          <p className={styles.groupTitle} id="filter-categories">
            {t('categories')}
          </p>
          <ul className={`list-plain ${styles.chips}`} aria-labelledby="filter-categories">
            <li>
              <Link href="/blog" aria-current={!active.category && !active.tag ? 'true' : undefined} className={styles.chip}>
                {t('all')}
              </Link>
            </li>
            {taxonomies.categories.map((term) => chip(term, 'category'))}
          </ul>
        </div>
      )}
      {taxonomies.tags.length > 0 && (
        // Tags are many and secondary: folded away unless one of them is the active filter.
        <details className={styles.group} open={Boolean(active.tag)}>
          <summary className={styles.groupTitle}>
            {t('tags')} <span className={styles.summaryCount}>({taxonomies.tags.length})</span>
          </summary>
          <ul className={`list-plain ${styles.chips}`}>{taxonomies.tags.map((term) => chip(term, 'tag'))}</ul>
        </details>
      )}
    </nav>
  )
}
