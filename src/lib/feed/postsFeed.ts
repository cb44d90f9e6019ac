import { Feed } from 'feed'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import type { FeedPost } from '@/lib/cms/posts'
import { localizedUrl } from '@/lib/seo/languageUrls'
import { openGraphLocale } from '@/lib/seo/pageMetadata'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { escapeHtml, postHtml } from './postHtml'

type FeedInput = {
  locale: Locale
  title: string
  description: string
  siteName: string
  posts: FeedPost[]
  watchOn: (provider: string, title: string) => string
}

const languageTag = (locale: Locale) => openGraphLocale[locale].replace('_', '-')

/** RSS 2.0 of the posts of one locale, each with its whole text as HTML (content:encoded). */
export function postsFeed({ locale, title, description, siteName, posts, watchOn }: FeedInput): string {
  const newest = posts.map((post) => post.updatedAt).sort().at(-1)
  const feed = new Feed({
    title,
    description,
    id: localizedUrl(locale, '/blog'),
    link: localizedUrl(locale, '/blog'),
    language: languageTag(locale),
    feedLinks: { rss: absoluteUrl(`/${locale}/feed.xml`) },
    copyright: siteName,
    generator: false,
    // The newest change, not the time of the request: the cached file stays the same until a post changes.
    updated: newest ? new Date(newest) : new Date(0),
  })
  for (const post of posts) {
    const url = localizedUrl(locale, contentHref('posts', post.slug))
    const cover = post.image
      ? `<p><img src="${escapeHtml(absoluteUrl(post.image.src))}" alt="${escapeHtml(post.image.alt)}" width="${post.image.width}" height="${post.image.height}"></p>`
      : ''
    feed.addItem({
      title: post.title,
      id: `${localizedUrl(locale, '/blog')}#post-${post.id}`,
      link: url,
      date: new Date(post.publishedAt ?? post.updatedAt),
      description: post.excerpt,
      content: cover + postHtml(post.content, { locale, postUrl: url, watchOn }),
      category: post.categories.map((category) => ({ name: category.title })),
      // RSS's <author> wants an e-mail address; Dublin Core's creator takes a name.
      extensions: post.author ? [{ name: 'dc:creator', objects: { _text: post.author } }] : undefined,
    })
  }
  return feed.rss2()
}
