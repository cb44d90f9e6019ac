import config from '@payload-config'
import { GRAPHQL_POST, REST_GET } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
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
let id: number
// A made-up word, so that the search finds this post and nothing of the other test files.
const word = `zanzibarite${Date.now().toString(36)}`

const restGet = REST_GET(config)
const graphqlPost = GRAPHQL_POST(config)

async function rest(locale: Locale) {
  const response = await restGet(new Request(`http://localhost/api/posts/${id}?locale=${locale}`), {
    params: Promise.resolve({ slug: ['posts', String(id)] }),
  })
  return { status: response.status, body: (await response.json()) as { title?: string } }
}

async function graphql(locale: Locale) {
  const query = `{ Post(id: ${id}, locale: ${locale}) { title } }`
  const response = await graphqlPost(
    new Request('http://localhost/api/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }),
  )
  const body = (await response.json()) as { data?: { Post?: { title: string } | null } }
  return body.data?.Post?.title ?? null
}

async function publicTitles(locale: Locale) {
  const [feed, sitemap, search] = await Promise.all([
    findFeedPosts(payload, locale),
    findSitemapDocuments(payload),
    searchDocuments(payload, { locale, query: word, limit: 10 }),
  ])
  return {
    rest: (await rest(locale)).body.title ?? null,
    graphql: await graphql(locale),
    feed: feed.find((post) => post.id === id)?.title ?? null,
    sitemap: sitemap.find((doc) => doc.section === 'blog' && doc.slugs.it?.startsWith('vernissage'))?.slugs[locale] ?? null,
    search: search.results.find((result) => result.collection === 'posts' && result.id === id)?.title ?? null,
  }
}

const everywhere = (title: string | null, slug: string | null) => ({ rest: title, graphql: title, feed: title, sitemap: slug, search: title })

beforeAll(async () => {
  payload = await testPayload()
  const draft = await payload.create({
    collection: 'posts',
    locale: 'it',
    draft: true,
    data: { title: 'Vernissage in Factory', slug: '', excerpt: `Mostra ${word}`, content: richText([`Testo ${word}`]), _status: 'draft' },
  })
  id = draft.id
})

describe('publishing one language at a time', () => {
  it('shows a draft in no language', async () => {
    expect(await publicTitles('it')).toEqual(everywhere(null, null))
    expect((await rest('it')).status).toBe(404)
  })

  it('publishes Italian while English is still a draft, the first time and again', async () => {
    await payload.update({
      collection: 'posts',
      id,
      locale: 'en',
      draft: true,
      data: { title: 'Vernissage at the Factory', excerpt: `Exhibition ${word}`, _status: 'draft' },
    })
    await payload.update({ collection: 'posts', id, locale: 'it', publishSpecificLocale: 'it', data: { _status: 'published' } })
    expect(await publicTitles('it')).toEqual(everywhere('Vernissage in Factory', 'vernissage-in-factory'))
    expect(await publicTitles('en')).toEqual(everywhere(null, null))
    expect((await rest('en')).status).toBe(404)

    await payload.update({ collection: 'posts', id, locale: 'en', draft: true, data: { excerpt: `Exhibition, ${word}`, _status: 'draft' } })
    await payload.update({ collection: 'posts', id, locale: 'it', publishSpecificLocale: 'it', data: { excerpt: `Mostra, ${word}`, _status: 'published' } })
    expect(await publicTitles('en')).toEqual(everywhere(null, null))
  })

  it('publishes English later, leaving an unpublished Italian edit unpublished', async () => {
    await payload.update({ collection: 'posts', id, locale: 'it', draft: true, data: { title: 'Vernissage rinviato', _status: 'draft' } })
    await payload.update({ collection: 'posts', id, locale: 'en', publishSpecificLocale: 'en', data: { _status: 'published' } })
    expect(await publicTitles('en')).toEqual(everywhere('Vernissage at the Factory', 'vernissage-at-the-factory'))
    expect(await publicTitles('it')).toEqual(everywhere('Vernissage in Factory', 'vernissage-in-factory'))
  })

  it('keeps the editors’ latest draft of each language', async () => {
    const latest = await payload.findByID({ collection: 'posts', id, locale: 'it', draft: true })
    expect(latest.title).toBe('Vernissage rinviato')
  })
})
