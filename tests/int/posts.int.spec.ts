import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findPost, findPostPage, findTaxonomies } from '@/lib/cms/posts/queries'
import { richText } from '@/seed/lexical'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)
const ids = { category: 0, tag: 0 }
const titles = {
  translated: { it: `Vecchia storia ${run}`, en: `Old story ${run}` },
  italianOnly: `Solo in italiano ${run}`,
  newest: { it: `Storia recente ${run}`, en: `Recent story ${run}` },
  draft: `Bozza ${run}`,
}

async function createPost(data: { it: string; en?: string; publishedAt: string; draft?: boolean; author?: number }) {
  const status = data.draft ? 'draft' : 'published'
  const post = await payload.create({
    collection: 'posts',
    locale: 'it',
    draft: data.draft,
    data: {
      title: data.it,
      slug: '',
      excerpt: 'Sommario',
      publishedAt: data.publishedAt,
      categories: [ids.category],
      tags: [ids.tag],
      author: data.author,
      _status: status,
    },
  })
  if (!data.en) return post
  return payload.update({ collection: 'posts', id: post.id, locale: 'en', draft: data.draft, data: { title: data.en, excerpt: 'Excerpt', _status: status } })
}

beforeAll(async () => {
  payload = await testPayload()
  const { admin } = await staffUsers(payload)
  const term = async (collection: 'categories' | 'tags', it: string, en: string) => {
    const doc = await payload.create({ collection, locale: 'it', data: { title: it, slug: `${it}-${run}`.toLowerCase(), generateSlug: false } })
    await payload.update({ collection, id: doc.id, locale: 'en', data: { title: en, slug: `${en}-${run}`.toLowerCase(), generateSlug: false } })
    return doc.id
  }
  ids.category = await term('categories', 'Cronache', 'Chronicles')
  ids.tag = await term('tags', 'Officina', 'Workshop')
  // Dates far in the past, so no other test's post sits between them.
  await createPost({ ...titles.translated, publishedAt: '1990-01-01T10:00:00.000Z', author: admin.id })
  await createPost({ it: titles.italianOnly, publishedAt: '1990-01-02T10:00:00.000Z' })
  await createPost({ ...titles.newest, publishedAt: '1990-01-03T10:00:00.000Z', author: admin.id })
  await createPost({ it: titles.draft, publishedAt: '1990-01-04T10:00:00.000Z', draft: true })
})

describe('the blog list', () => {
  it('filters by the category slug of each locale, newest first, leaving out drafts', async () => {
    const italian = await findPostPage(payload, 'it', { page: 1, category: `cronache-${run}` })
    expect(italian.posts.map((post) => post.title)).toEqual([titles.newest.it, titles.italianOnly, titles.translated.it])
    expect(italian).toMatchObject({ totalDocs: 3, totalPages: 1 })

    const english = await findPostPage(payload, 'en', { page: 1, category: `chronicles-${run}` })
    expect(english.posts.map((post) => post.title)).toEqual([titles.newest.en, titles.translated.en])
    expect((await findPostPage(payload, 'en', { page: 1, category: `cronache-${run}` })).totalDocs).toBe(0)
  })

  it('filters by tag slug, and maps the categories in the visitor’s language', async () => {
    const english = await findPostPage(payload, 'en', { page: 1, tag: `workshop-${run}` })
    expect(english.posts).toHaveLength(2)
    expect(english.posts[0].categories).toEqual([{ slug: `chronicles-${run}`, title: 'Chronicles' }])
  })

  it('counts the posts of each term per locale', async () => {
    const slug = { it: `cronache-${run}`, en: `chronicles-${run}` }
    const it = (await findTaxonomies(payload, 'it')).categories.find((term) => term.slug === slug.it)
    const en = (await findTaxonomies(payload, 'en')).categories.find((term) => term.slug === slug.en)
    expect(it).toEqual({ slug: slug.it, title: 'Cronache', count: 3 })
    expect(en).toEqual({ slug: slug.en, title: 'Chronicles', count: 2 })
  })
})

describe('a post', () => {
  it('links to its neighbours in the same language, skipping untranslated posts', async () => {
    const newest = await findPostPage(payload, 'en', { page: 1, category: `chronicles-${run}` })
    const english = await findPost(payload, 'en', newest.posts[0].slug)
    expect(english?.previous?.title).toBe(titles.translated.en)
    const italian = await findPost(payload, 'it', (await findPostPage(payload, 'it', { page: 1, category: `cronache-${run}` })).posts[0].slug)
    expect(italian?.previous?.title).toBe(titles.italianOnly)
  })

  it('shows the author’s name, though visitors cannot read user accounts', async () => {
    const { posts } = await findPostPage(payload, 'it', { page: 1, category: `cronache-${run}` })
    expect((await findPost(payload, 'it', posts[0].slug))?.author).toBe('Fixture admin')
    expect((await findPost(payload, 'it', posts[1].slug))?.author).toBeUndefined()
  })

  it('is not found in a locale it was not translated into, nor as a draft', async () => {
    const { posts } = await findPostPage(payload, 'it', { page: 1, category: `cronache-${run}` })
    const italianOnly = posts.find((post) => post.title === titles.italianOnly)
    expect(italianOnly).toBeDefined()
    expect(await findPost(payload, 'en', italianOnly?.slug ?? '')).toBeNull()
    expect(await findPost(payload, 'it', `bozza-${run}`)).toBeNull()
  })
})

describe("a card's reading time", () => {
  const words = (count: number) => Array.from({ length: count }, (_, index) => `parola${index}`).join(' ')

  it('is stored per locale when the text is saved, kept by saves without it, and read without the text', async () => {
    const post = await payload.create({
      collection: 'posts',
      locale: 'it',
      data: { title: `Lettura ${run}`, slug: '', publishedAt: '1989-01-01T10:00:00.000Z', content: richText([words(450)]), categories: [ids.category], _status: 'published' },
    })
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { title: `Reading ${run}`, content: richText([words(1000)]), _status: 'published' } })
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { title: `Lettura lunga ${run}` } })

    const card = async (locale: 'it' | 'en') => (await findPostPage(payload, locale, { page: 1, category: locale === 'it' ? `cronache-${run}` : `chronicles-${run}` })).posts.at(-1)
    expect(await card('it')).toMatchObject({ title: `Lettura lunga ${run}`, readingMinutes: 2 })
    expect(await card('en')).toMatchObject({ title: `Reading ${run}`, readingMinutes: 5 })
    // What the list reads: the stored number, not the text.
    expect((await payload.findByID({ collection: 'posts', id: post.id, locale: 'en', select: { readingMinutes: true } })).readingMinutes).toBe(5)
  })
})
