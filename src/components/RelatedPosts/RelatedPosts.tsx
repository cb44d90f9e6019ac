import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { PostLink } from '@/lib/cms/shared/linkViews'
import { eventFormatter } from '@/lib/format/formatEventDate'
import styles from './RelatedPosts.module.css'

type Props = { locale: Locale; posts: PostLink[]; title: string; id: string }

/** Posts that talk about the page's document (only those published in this language reach here). */
export function RelatedPosts({ locale, posts, title, id }: Props) {
  if (posts.length === 0) return null
  const format = eventFormatter(locale)
  return (
    <section aria-labelledby={id} className={styles.related}>
      <div className="section-title">
        <h2 id={id}>{title}</h2>
      </div>
      <ul className={`list-plain ${styles.list}`}>
        {posts.map((post) => (
          <li key={post.slug} className={styles.item}>
            {post.publishedAt && (
              <p className="meta">
                <time dateTime={post.publishedAt}>{format.dateTime(new Date(post.publishedAt), { day: 'numeric', month: 'long', year: 'numeric' })}</time>
              </p>
            )}
            <p className={styles.title}>
              <Link href={contentHref('posts', post.slug)}>{post.title}</Link>
            </p>
            {post.excerpt && <p className={styles.excerpt}>{post.excerpt}</p>}
          </li>
        ))}
      </ul>
    </section>
  )
}
