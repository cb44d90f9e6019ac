import { type ContentCollection, contentHref } from '@/content/types'
import type { Href } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import type { Post } from '@/payload-types'
import type { LocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { type SeoView, toSeo } from '@/lib/cms/shared/linkViews'
import { type ImageView, toImageView } from '@/lib/cms/shared/media'
import { lexicalText, readingMinutes } from '@/lib/richText/readingTime'

export type TermView = { slug: string; title: string }
export type LinkView = { title: string; href: Href }

/** What a card in a list needs. */
export type PostSummary = {
  id: number
  slug: string
  title: string
  excerpt?: string
  publishedAt?: string
  image?: ImageView
  /** A larger, uncropped size of the same cover, for a featured card. */
  wideImage?: ImageView
  categories: TermView[]
  readingMinutes: number
}

/** What the post page needs. */
export type PostView = PostSummary & {
  content: Post['content']
  cover?: ImageView
  author?: string
  tags: TermView[]
  related: { events: LinkView[]; spaces: LinkView[]; projects: LinkView[] }
  previous?: LinkView
  next?: LinkView
  slugs: LocaleSlugs
  seo: SeoView
}

type Populated = { id?: unknown; title?: unknown; name?: unknown; slug?: unknown; availableIn?: unknown }

/**
 * A populated relationship the visitor may see in this locale. Access rules already drop
 * unpublished documents (they stay plain ids); spaces are public, so their translation is checked here.
 */
function visible(value: unknown, locale: Locale): (Populated & { slug: string; label: string }) | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const doc = value as Populated
  const label = typeof doc.title === 'string' ? doc.title : typeof doc.name === 'string' ? doc.name : ''
  const available = doc.availableIn as Partial<Record<Locale, boolean | null>> | undefined
  if (typeof doc.slug !== 'string' || !doc.slug || !label || (available && !available[locale])) return undefined
  return { ...doc, slug: doc.slug, label }
}

export const toTerms = (values: unknown[] | null | undefined, locale: Locale): TermView[] =>
  (values ?? []).flatMap((value) => {
    const term = visible(value, locale)
    return term ? [{ slug: term.slug, title: term.label }] : []
  })

export const toLinks = (values: unknown[] | null | undefined, locale: Locale, collection: ContentCollection): LinkView[] =>
  (values ?? []).flatMap((value) => {
    const doc = visible(value, locale)
    return doc ? [{ title: doc.label, href: contentHref(collection, doc.slug) }] : []
  })

/** The fields a card is made from: lists read only these (`summarySelect` in queries.ts). */
export type PostSummarySource = Pick<Post, 'id' | 'slug' | 'title' | 'excerpt' | 'publishedAt' | 'coverImage' | 'categories' | 'readingMinutes'> &
  Partial<Pick<Post, 'content'>>

export function toPostSummary(post: PostSummarySource, locale: Locale): PostSummary {
  return {
    id: post.id,
    slug: post.slug,
    title: post.title,
    excerpt: post.excerpt ?? undefined,
    publishedAt: post.publishedAt ?? undefined,
    image: toImageView(post.coverImage, 'card'),
    wideImage: toImageView(post.coverImage, 'medium'),
    categories: toTerms(post.categories, locale),
    // Stored on save; a post saved with no text in this locale has none stored, and reads in a minute.
    readingMinutes: post.readingMinutes ?? readingMinutes(lexicalText(post.content)),
  }
}

export function toPostView(post: Post, locale: Locale, slugs: LocaleSlugs): PostView {
  return {
    ...toPostSummary(post, locale),
    content: post.content,
    cover: toImageView(post.coverImage, 'large'),
    tags: toTerms(post.tags, locale),
    related: {
      events: toLinks(post.relatedEvents, locale, 'events'),
      spaces: toLinks(post.relatedSpaces, locale, 'spaces'),
      projects: toLinks(post.relatedProjects, locale, 'projects'),
    },
    slugs,
    seo: toSeo(post.meta, { title: post.title, description: post.excerpt, image: post.coverImage }),
  }
}
