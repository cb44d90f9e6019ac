import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'
import { findFeedPosts } from '@/lib/cms/posts/queries'
import { findSitemapDocuments } from '@/lib/cms/sitemap/queries'
import { searchDocuments } from '@/lib/cms/search/searchDocuments'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

/**
 * An editor publishes Italian while English is still a draft, then English: every public way in
 * (REST, GraphQL, feed, sitemap, search) shows each language exactly as it was published.
 */
let payload: Payload
const created: number[] = []

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

type TestPost = { id: number; name: string; word: string }

async function rest(post: TestPost, locale: Locale) {
  const response = await restGet(new Request(`http://localhost/api/posts/${post.id}?locale=${locale}`), {
    params: Promise.resolve({ slug: ['posts', String(post.id)] }),
  })
  return { status: response.status, body: (await response.json()) as { title?: string } }
}

async function graphql(post: TestPost, locale: Locale) {
  const query = `{ Post(id: ${post.id}, locale: ${locale}) { title } }`
  const response = await graphqlPost(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
  )
  const body = (await response.json()) as { data?: { Post?: { title: string } | null } }
  return body.data?.Post?.title ?? null
}

async function publicTitles(post: TestPost, locale: Locale) {
  const [feed, sitemap, search] = await Promise.all([
    findFeedPosts(payload, locale),
    findSitemapDocuments(payload),
    searchDocuments(payload, { locale, query: post.word, limit: 10 }),
  ])
  return {
    rest: (await rest(post, locale)).body.title ?? null,
    graphql: await graphql(post, locale),
    feed: feed.find((item) => item.id === post.id)?.title ?? null,
    sitemap: sitemap.find((doc) => doc.section === 'blog' && doc.slugs.it?.startsWith(`vernissage-${post.name}-`))?.slugs[locale] ?? null,
    search: search.results.find((result) => result.collection === 'posts' && result.id === post.id)?.title ?? null,
  }
}

const everywhere = (title: string | null, slug: string | null) => ({ rest: title, graphql: title, feed: title, sitemap: slug, search: title })

/** A new Italian draft of its own for each test; `name` keeps its title and slugs apart from the other tests'. */
async function draftPost(name: string): Promise<TestPost> {
  // A made-up word, so that the search finds this post and nothing of the other tests.
  const word = `zanzibarite${name}${Date.now().toString(36)}`
  const draft = await payload.create({
    collection: 'posts',
    locale: 'it',
    draft: true,
    data: { title: `Vernissage ${name} in Factory`, slug: '', excerpt: `Mostra ${word}`, content: richText([`Testo ${word}`]), _status: 'draft' },
  })
  created.push(draft.id)
  return { id: draft.id, name, word }
}

/** The state an editor reaches by publishing Italian while English is still a draft. */
async function italianPublishedEnglishDraft(name: string): Promise<TestPost> {
  const post = await draftPost(name)
  await payload.update({
    collection: 'posts',
    id: post.id,
    locale: 'en',
    draft: true,
    data: { title: `Vernissage ${name} at the Factory`, excerpt: `Exhibition ${post.word}`, _status: 'draft' },
  })
  await payload.update({ collection: 'posts', id: post.id, locale: 'it', publishSpecificLocale: 'it', data: { _status: 'published' } })
  return post
}

beforeAll(async () => {
  payload = await testPayload()
})

afterAll(async () => {
  if (created.length) await payload.delete({ collection: 'posts', where: { id: { in: created } } })
})

describe('publishing one language at a time', () => {
  it('shows a draft in no language', async () => {
    const post = await draftPost('uno')
    expect(await publicTitles(post, 'it')).toEqual(everywhere(null, null))
    expect((await rest(post, 'it')).status).toBe(404)
  })

  it('publishes Italian while English is still a draft, the first time and again', async () => {
    const post = await italianPublishedEnglishDraft('due')
    expect(await publicTitles(post, 'it')).toEqual(everywhere('Vernissage due in Factory', 'vernissage-due-in-factory'))
    expect(await publicTitles(post, 'en')).toEqual(everywhere(null, null))
    expect((await rest(post, 'en')).status).toBe(404)

    await payload.update({ collection: 'posts', id: post.id, locale: 'en', draft: true, data: { excerpt: `Exhibition, ${post.word}`, _status: 'draft' } })
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', publishSpecificLocale: 'it', data: { excerpt: `Mostra, ${post.word}`, _status: 'published' } })
    expect(await publicTitles(post, 'en')).toEqual(everywhere(null, null))
  })

  it('publishes English later, leaving an unpublished Italian edit unpublished and kept as the latest draft', async () => {
    const post = await italianPublishedEnglishDraft('tre')
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', draft: true, data: { title: 'Vernissage tre rinviato', _status: 'draft' } })
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' } })
    expect(await publicTitles(post, 'en')).toEqual(everywhere('Vernissage tre at the Factory', 'vernissage-tre-at-the-factory'))
    expect(await publicTitles(post, 'it')).toEqual(everywhere('Vernissage tre in Factory', 'vernissage-tre-in-factory'))
    const latest = await payload.findByID({ collection: 'posts', id: post.id, locale: 'it', draft: true })
    expect(latest.title).toBe('Vernissage tre rinviato')
  })
})
