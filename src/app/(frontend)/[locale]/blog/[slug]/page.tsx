import { getFormatter, getTranslations } from 'next-intl/server'
import { CmsImage } from '@/components/CmsImage/CmsImage'
import { JsonLd } from '@/components/JsonLd/JsonLd'
import { PageShell } from '@/components/PageShell/PageShell'
import { RichText } from '@/components/RichText/RichText'
import { contentHref, contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { Link } from '@/i18n/navigation'
import { loadDocument } from '@/lib/cms/loadDocument'
import type { LinkView } from '@/lib/cms/posts'
import { getSite } from '@/lib/cms/site'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'
import { ogImagePath } from '@/lib/seo/generatedImage'
import { postJsonLd } from '@/lib/seo/jsonLd/postJsonLd'
import { localizedUrl } from '@/lib/seo/languageUrls'
import styles from './post.module.css'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// No post is rendered at build time; each is rendered on its first visit and then cached.
export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('posts')

function RelatedList({ title, links }: { title: string; links: LinkView[] }) {
  if (links.length === 0) return null
  return (
    <section className={styles.relatedGroup}>
      <h3>{title}</h3>
      <ul className="list-plain">
        {links.map((link) => (
          <li key={JSON.stringify(link.href)}>
            <Link href={link.href}>{link.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  )
}

export default async function PostPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const post = await loadDocument('posts', locale, slug)
  const [t, format, site] = await Promise.all([
    getTranslations({ locale, namespace: 'post' }),
    getFormatter({ locale }),
    getSite(locale),
  ])
  const jsonLd = postJsonLd(post, locale, {
    url: localizedUrl(locale, contentHref('posts', post.slug)),
    image: absoluteUrl(post.cover?.src ?? ogImagePath(locale, 'post', post.id)),
    publisher: site.name,
    publisherUrl: localizedUrl(locale, '/'),
  })
  const { events, spaces, projects } = post.related
  const hasRelated = events.length + spaces.length + projects.length > 0
  return (
    <PageShell locale={locale} targets={contentTargets('posts', post.slugs)}>
      <JsonLd data={jsonLd} />
      <article className={styles.article}>
        <header className={`narrow ${styles.header}`}>
          <p className="eyebrow">
            <Link href="/blog">{t('backToBlog')}</Link>
            {post.categories.map((category) => (
              <span key={category.slug}>
                {' · '}
                <Link href={{ pathname: '/blog', query: { category: category.slug } }}>{category.title}</Link>
              </span>
            ))}
          </p>
          <h1>{post.title}</h1>
          {post.excerpt && <p className="lede">{post.excerpt}</p>}
          <p className={`meta ${styles.byline}`}>
            <span className={styles.bylineItems}>
              {post.author && <span>{t('byline', { author: post.author })}</span>}
              {post.publishedAt && (
                <time dateTime={post.publishedAt}>{format.dateTime(new Date(post.publishedAt), { dateStyle: 'long' })}</time>
              )}
              <span>{t('readingTime', { minutes: post.readingMinutes })}</span>
            </span>
          </p>
        </header>
        {post.cover && (
          <div className={`container ${styles.cover}`}>
            <CmsImage image={post.cover} sizes="(min-width: 64rem) 60rem, 100vw" priority />
          </div>
        )}
        <div className={`narrow ${styles.body}`}>
          <RichText data={post.content} locale={locale} />
          {post.tags.length > 0 && (
            <div className={styles.tags}>
              <h2 className="visually-hidden">{t('tags')}</h2>
              <ul className="list-plain">
                {post.tags.map((tag) => (
                  <li key={tag.slug}>
                    <Link href={{ pathname: '/blog', query: { tag: tag.slug } }}>#{tag.title.replace(/^#/, '')}</Link>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </div>
        {hasRelated && (
          <aside className={`narrow ${styles.related}`} aria-labelledby="post-related">
            <h2 id="post-related">{t('related')}</h2>
            <div className={styles.relatedGroups}>
              <RelatedList title={t('relatedEvents')} links={events} />
              <RelatedList title={t('relatedProjects')} links={projects} />
              <RelatedList title={t('relatedSpaces')} links={spaces} />
            </div>
          </aside>
        )}
        {(post.previous || post.next) && (
          <nav aria-label={t('adjacent')} className={`narrow ${styles.adjacent}`}>
            {post.previous && (
              <Link href={post.previous.href} rel="prev" className={styles.previous}>
                <span className={styles.direction}>← {t('previous')}</span>
                <span className={styles.adjacentTitle}>{post.previous.title}</span>
              </Link>
            )}
            {post.next && (
              <Link href={post.next.href} rel="next" className={styles.next}>
                <span className={styles.direction}>{t('next')} →</span>
                <span className={styles.adjacentTitle}>{post.next.title}</span>
              </Link>
            )}
          </nav>
        )}
      </article>
    </PageShell>
  )
}
