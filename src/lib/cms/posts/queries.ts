import type { Payload, PopulateType, SelectType } from 'payload'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import type { Post } from '@/payload-types'
import { findBySlug } from '@/lib/cms/read/findBySlug'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { toImageView } from '@/lib/cms/shared/media'
import { postPageIds, termCounts } from './listQueries'
import { type LinkView, type PostSummary, type PostView, type TermView, toPostSummary, toPostView } from './views'
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

// What a card shows (toPostSummary): without it every related document of every listed post,
// tags, related events, spaces, projects and SEO image, was read and populated too; the reading
// time is stored on save, so the text itself is not read.
const summarySelect = { title: true, slug: true, excerpt: true, publishedAt: true, coverImage: true, categories: true, readingMinutes: true } satisfies SelectType

export async function findPostPage(payload: Payload, locale: Locale, filter: PostFilter): Promise<PostPage> {
  const { ids, total } = await postPageIds(payload, locale, filter, filter.page, POSTS_PER_PAGE)
  const { docs } = ids.length
    ? await payload.find({ collection: 'posts', where: { id: { in: ids } }, pagination: false, depth: 1, select: summarySelect, populate, ...publicRead(locale) })
    : { docs: [] }
  const byId = new Map(docs.map((post) => [post.id, post]))
  return {
    posts: ids.flatMap((id) => {
      const post = byId.get(id)
      return post ? [toPostSummary(post, locale)] : []
    }),
    page: filter.page,
    totalPages: Math.ceil(total / POSTS_PER_PAGE),
    totalDocs: total,
  }
}

export async function findLatestPosts(payload: Payload, locale: Locale, limit: number): Promise<PostSummary[]> {
  const { docs } = await payload.find({ collection: 'posts', sort: newestFirst, limit, pagination: false, depth: 1, select: summarySelect, populate, ...publicRead(locale) })
  return docs.map((post) => toPostSummary(post, locale))
}

async function adjacentPost(payload: Payload, locale: Locale, post: Post, direction: 'previous' | 'next'): Promise<LinkView | undefined> {
  if (!post.publishedAt) return undefined
  const { docs } = await payload.find({
    collection: 'posts',
    where: { publishedAt: { [direction === 'previous' ? 'less_than' : 'greater_than']: post.publishedAt } },
    sort: direction === 'previous' ? newestFirst : ['publishedAt', 'id'],
    limit: 1,
    pagination: false,
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
  const post = await findBySlug(payload, 'posts', slug, read, { populate })
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
  const counts = await termCounts(payload, locale)
  const ofKind = (kind: 'categories' | 'tags'): CountedTerm[] =>
    counts
      .filter((row) => row.path === kind)
      .map(({ slug, title, count }) => ({ slug, title, count }))
      .sort((a, b) => a.title.localeCompare(b.title, locale))
  return { categories: ofKind('categories'), tags: ofKind('tags') }
}

export async function findFeedPosts(payload: Payload, locale: Locale): Promise<FeedPost[]> {
  const { docs } = await payload.find({ collection: 'posts', sort: newestFirst, limit: FEED_SIZE, pagination: false, depth: 1, populate, ...publicRead(locale) })
  // One read per author, not per post.
  const authors = new Map<unknown, Promise<string | undefined>>()
  const nameOf = (author: Post['author']) => {
    const key = typeof author === 'object' && author !== null ? author.id : author
    if (!authors.has(key)) authors.set(key, authorName(payload, author))
    return authors.get(key)
  }
  return Promise.all(
    docs.map(async (post) => ({
      ...toPostSummary(post, locale),
      image: toImageView(post.coverImage, 'large'),
      content: post.content,
      author: await nameOf(post.author),
      updatedAt: post.updatedAt,
    })),
  )
}
