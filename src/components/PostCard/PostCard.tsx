import { getFormatter, getTranslations } from 'next-intl/server'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { PostSummary } from '@/lib/cms/posts'
import { CmsImage } from '../CmsImage/CmsImage'
import styles from './PostCard.module.css'

type Props = { post: PostSummary; locale: Locale; featured?: boolean; priority?: boolean }

/** A post in a list: cover, categories, title (the whole card is its link), excerpt, date and reading time. */
export async function PostCard({ post, locale, featured = false, priority = false }: Props) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'postCard' }), getFormatter({ locale })])
  const image = featured ? (post.wideImage ?? post.image) : post.image
  return (
    <article className={`card ${styles.card} ${featured ? styles.featured : ''}`}>
      {image && (
        <CmsImage
          image={image}
          priority={priority}
          className={styles.image}
          sizes={featured ? '(min-width: 48rem) 60vw, 100vw' : '(min-width: 72rem) 23rem, (min-width: 40rem) 50vw, 100vw'}
        />
      )}
      <div className={`card-body ${styles.body}`}>
        {post.categories.length > 0 && <p className={`eyebrow ${styles.categories}`}>{post.categories.map((term) => term.title).join(' · ')}</p>}
        <h3 className={styles.title}>
          <Link href={contentHref('posts', post.slug)}>{post.title}</Link>
        </h3>
        {post.excerpt && <p className={styles.excerpt}>{post.excerpt}</p>}
        <p className={`meta ${styles.meta}`}>
          <span className={styles.metaItems}>
            {post.publishedAt && <time dateTime={post.publishedAt}>{format.dateTime(new Date(post.publishedAt), { dateStyle: 'long' })}</time>}
            <span>{t('readingTime', { minutes: post.readingMinutes })}</span>
          </span>
        </p>
      </div>
    </article>
  )
}
