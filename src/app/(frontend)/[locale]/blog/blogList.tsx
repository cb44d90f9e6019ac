import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionListHeader } from '@/components/SectionListHeader/SectionListHeader'
import { Pagination } from '@/components/Pagination/Pagination'
import { parsePageParam } from '@/components/Pagination/pageNumbers'
import { PostCard } from '@/components/PostCard/PostCard'
import { TaxonomyFilter } from '@/components/TaxonomyFilter/TaxonomyFilter'
import { everyLocale, type Href } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { listPosts, listTaxonomies } from '@/lib/cms/posts'
import { preloadSite } from '@/lib/cms/site'
import { withFeedLink } from '@/lib/feed/feedLink'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import styles from './blog.module.css'

export type SearchParams = Record<string, string | string[] | undefined>

// No slug holds a control character, and PostgreSQL refuses a NUL in a parameter: the proxy, which
// no longer runs on the site's pages, used to turn such a query away.
const single = (value: string | string[] | undefined) => (typeof value === 'string' ? value.replace(/[\u0000-\u001f\u007f]/g, '') || undefined : undefined)

/** The list's state from the query string: page number and at most one filter (category wins). */
function readQuery(query: SearchParams) {
  const category = single(query.category)
  const tag = category ? undefined : single(query.tag)
  return { page: parsePageParam(query.page), category, tag }
}

const listHref = ({ page, category, tag }: { page: number; category?: string; tag?: string }): Href => {
  const query = { ...(category ? { category } : {}), ...(tag ? { tag } : {}), ...(page > 1 ? { page: String(page) } : {}) }
  return Object.keys(query).length ? { pathname: '/blog', query } : '/blog'
}

/** The metadata of one state of the list (page, filter). */
export async function blogListMetadata(locale: Locale, query: SearchParams): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: 'blog' })
  const { page = 1, category, tag } = readQuery(query)
  const href = listHref({ page, category, tag })
  // Page 1 of the whole list exists in every language; a filtered or later page only in this one.
  const plain = page === 1 && !category && !tag
  const metadata = pageMetadata({
    locale,
    title: page > 1 ? t('pageTitle', { title: t('title'), page }) : t('title'),
    description: t('description'),
    existsIn: plain ? everyLocale(href).existsIn : { [locale]: href },
  })
  return withFeedLink(category || tag ? { ...metadata, robots: { index: false, follow: true } } : metadata, locale)
}

/** The blog list in one state: its page, its filter and the language switch's notice. */
export async function BlogList({ locale, query }: { locale: Locale; query: SearchParams }) {
  const { page, category, tag } = readQuery(query)
  if (page === undefined) notFound()
  preloadSite(locale)
  const [t, taxonomies, list] = await Promise.all([
    getTranslations({ locale, namespace: 'blog' }),
    listTaxonomies(locale),
    listPosts(locale, { page, category, tag }),
  ])
  const term = category
    ? taxonomies.categories.find((term) => term.slug === category)
    : tag
      ? taxonomies.tags.find((term) => term.slug === tag)
      : undefined
  if ((category || tag) && !term) notFound()
  if (page > Math.max(1, list.totalPages)) notFound()

  const heading = category && term ? t('inCategory', { name: term.title }) : tag && term ? t('withTag', { name: term.title }) : t('allPosts')
  const featureFirst = page === 1 && !term
  return (
    <PageShell locale={locale} targets={everyLocale('/blog')}>
      <div className="container section">
        <SectionListHeader locale={locale} section="blog" only={query.only} />
        <TaxonomyFilter locale={locale} taxonomies={taxonomies} active={{ category, tag }} />
        <div className="section-title">
          <h2>{heading}</h2>
          <p className="meta">
            {t('count', { count: list.totalDocs })}
            {list.totalPages > 1 && <> · {t('pageOf', { page, total: list.totalPages })}</>}
          </p>
        </div>
        {list.posts.length > 0 ? (
          <ul className="grid list-plain">
            {list.posts.map((post, index) => (
              <li key={post.id} className={featureFirst && index === 0 ? styles.featured : undefined}>
                <PostCard post={post} locale={locale} featured={featureFirst && index === 0} priority={index === 0} />
              </li>
            ))}
          </ul>
        ) : (
          <p className={styles.empty}>{term ? t('emptyFiltered') : t('empty')}</p>
        )}
        <Pagination locale={locale} page={page} totalPages={list.totalPages} hrefFor={(n) => listHref({ page: n, category, tag })} />
      </div>
    </PageShell>
  )
}
