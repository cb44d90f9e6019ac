import type { Payload, PopulateType, Where } from 'payload'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import type { Post } from '@/payload-types'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { toImageView } from '@/lib/cms/shared/media'
import { type LinkView, type PostSummary, type PostView, type TermView, toPostSummary, toPostView, toTerms } from './views'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'

/**
 * The blog's reads of the CMS, as an anonymous visitor of one locale. Kept apart from the cached
 * wrappers in index.ts (server-only) so that integration tests can run them on a test database.
 */

export const POSTS_PER_PAGE = 9
export const FEED_SIZE = 20

export type PostFilter = { page: number; category?: string; tag?: string }
export type PostPage = { posts: PostSummary[]; page: number; totalPages: number; totalDocs: number }
export type CountedTerm = TermView & { count: number }
export type Taxonomies = { categories: CountedTerm[]; tags: CountedTerm[] }
export type FeedPost = PostSummary & { content: Post['content']; author?: string; updatedAt: string }

const relatedFields = { title: true, slug: true, availableIn: true } as const

// Only what the pages show of each related document (media stays whole: sizes, alt, focal point).
const populate = {
  categories: relatedFields,
  tags: relatedFields,
  events: relatedFields,
  projects: relatedFields,
  spaces: { name: true, slug: true, availableIn: true },
  posts: { title: true, slug: true },
} satisfies PopulateType

const newestFirst = ['-publishedAt', '-id']

function filterWhere({ category, tag }: Omit<PostFilter, 'page'>): Where | undefined {
  const conditions: Where[] = [
    ...(category ? [{ 'categories.slug': { equals: category } }] : []),
    ...(tag ? [{ 'tags.slug': { equals: tag } }] : []),
  ]
  return conditions.length ? { and: conditions } : undefined
}

export async function findPostPage(payload: Payload, locale: Locale, filter: PostFilter): Promise<PostPage> {
  const result = await payload.find({
    collection: 'posts',
    where: filterWhere(filter),
    sort: newestFirst,
    page: filter.page,
    limit: POSTS_PER_PAGE,
    depth: 1,
    populate,
    ...publicRead(locale),
  })
  return {
    posts: result.docs.map((post) => toPostSummary(post, locale)),
    page: filter.page,
    totalPages: result.totalPages,
    totalDocs: result.totalDocs,
  }
}

export async function findLatestPosts(payload: Payload, locale: Locale, limit: number): Promise<PostSummary[]> {
  const { docs } = await payload.find({ collection: 'posts', sort: newestFirst, limit, depth: 1, populate, ...publicRead(locale) })
  return docs.map((post) => toPostSummary(post, locale))
}

async function adjacentPost(payload: Payload, locale: Locale, post: Post, direction: 'previous' | 'next'): Promise<LinkView | undefined> {
  if (!post.publishedAt) return undefined
  const { docs } = await payload.find({
    collection: 'posts',
    where: { publishedAt: { [direction === 'previous' ? 'less_than' : 'greater_than']: post.publishedAt } },
    sort: direction === 'previous' ? newestFirst : ['publishedAt', 'id'],
    limit: 1,
    depth: 0,
    select: { title: true, slug: true },
    ...publicRead(locale),
  })
  const doc = docs[0]
  return doc ? { title: doc.title, href: contentHref('posts', doc.slug) } : undefined
}

/**
 * Visitors may not read user accounts, so the author's display name (and nothing else) is read
 * with the server's rights.
 */
async function authorName(payload: Payload, author: Post['author']): Promise<string | undefined> {
  const id = typeof author === 'object' && author !== null ? author.id : author
  if (typeof id !== 'number') return undefined
  const user = await payload.findByID({ collection: 'users', id, depth: 0, select: { name: true }, overrideAccess: true, disableErrors: true })
  return user?.name || undefined
}

export async function findPost(payload: Payload, locale: Locale, slug: string, read: ReadOptions = publicRead(locale)): Promise<PostView | null> {
  const { docs } = await payload.find({
    collection: 'posts',
    where: { slug: { equals: slug } },
    limit: 1,
    depth: 1,
    populate,
    ...read,
  })
  const post = docs[0]
  if (!post) return null
  const [previous, next, author] = await Promise.all([
    adjacentPost(payload, locale, post, 'previous'),
    adjacentPost(payload, locale, post, 'next'),
    authorName(payload, post.author),
  ])
  const slugs = await findLocaleSlugs(payload, 'posts', post.id)
  return { ...toPostView(post, locale, slugs), author, previous, next }
}

export async function findTaxonomies(payload: Payload, locale: Locale): Promise<Taxonomies> {
  const { docs } = await payload.find({
    collection: 'posts',
    pagination: false,
    depth: 1,
    populate,
    select: { categories: true, tags: true },
    ...publicRead(locale),
  })
  const count = (pick: (post: (typeof docs)[number]) => unknown[] | null | undefined) => {
    const terms = new Map<string, CountedTerm>()
    for (const term of docs.flatMap((post) => toTerms(pick(post), locale))) {
      terms.set(term.slug, { ...term, count: (terms.get(term.slug)?.count ?? 0) + 1 })
    }
    return [...terms.values()].sort((a, b) => a.title.localeCompare(b.title, locale))
  }
  return { categories: count((post) => post.categories), tags: count((post) => post.tags) }
}

export async function findFeedPosts(payload: Payload, locale: Locale): Promise<FeedPost[]> {
  const { docs } = await payload.find({ collection: 'posts', sort: newestFirst, limit: FEED_SIZE, depth: 1, populate, ...publicRead(locale) })
  return Promise.all(
    docs.map(async (post) => ({
      ...toPostSummary(post, locale),
      image: toImageView(post.coverImage, 'large'),
      content: post.content,
      author: await authorName(payload, post.author),
      updatedAt: post.updatedAt,
    })),
  )
}
