import 'server-only'
import type { Locale } from '@/i18n/locales'
import type { CacheSource } from '@/lib/cms/read/cacheTags'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { type PostFilter, findFeedPosts, findLatestPosts, findPost, findPostPage, findTaxonomies } from './queries'

export type { CountedTerm, FeedPost, PostFilter, PostPage, Taxonomies } from './queries'
export { FEED_SIZE, POSTS_PER_PAGE } from './queries'
export type { LinkView, PostSummary, PostView, TermView } from './views'

const lists: CacheSource[] = ['posts', 'media', 'categories', 'tags']
// A post page and the feed also show related documents and the author's name.
const pages: CacheSource[] = [...lists, 'events', 'spaces', 'projects', 'users']

/** One page of the published posts translated into `locale`, newest first, optionally by category or tag slug. */
export const listPosts = cached('posts-list', lists, async (locale: Locale, filter: PostFilter) =>
  findPostPage(await getPayloadClient(), locale, filter),
)

/** The newest posts in `locale`, for the home page. */
export const getLatestPosts = cached('posts-latest', lists, async (locale: Locale, limit: number) =>
  findLatestPosts(await getPayloadClient(), locale, limit),
)

/** The post with this slug in `locale` (published and translated there) with its neighbours, or null; the draft when previewing. */
export const getPost = previewable('post', pages, async (read, locale: Locale, slug: string) =>
  findPost(await getPayloadClient(), locale, slug, read),
)

/** The categories and tags of the posts translated into `locale`, each with its number of posts. */
export const listTaxonomies = cached('posts-taxonomies', lists, async (locale: Locale) => findTaxonomies(await getPayloadClient(), locale))

/** The newest posts of `locale` with their whole text, for the RSS feed. */
export const listFeedPosts = cached('posts-feed', pages, async (locale: Locale) => findFeedPosts(await getPayloadClient(), locale))
