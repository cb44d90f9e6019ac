import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { countsOf, type TranslatedCollection, type TranslationKind, translationOverview, translationPage } from '@/admin/translationStatus'
import { readTranslationsQuery } from '@/admin/TranslationsView/translationsQuery'
import type { User } from '@/payload-types'
import { createPost } from './fixtures/posts'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  editor = (await staffUsers(payload)).editor
})

/** Every row of one kind of work, read page by page as the view does. */
async function allRows(collection: TranslatedCollection, kind: TranslationKind, user: User | null = editor, perPage = 50) {
  const total = (await translationOverview(payload, user))[collection]?.[kind] ?? 0
  const rows = []
  for (let page = 1; page <= Math.max(1, Math.ceil(total / perPage)); page++) {
    rows.push(...(await translationPage(payload, user, { collection, kind, page, perPage, total })).rows)
  }
  return rows
}
const idsOf = (rows: { id: number }[]) => rows.map((row) => row.id)

describe('translation dashboard data', () => {
  it('lists an Italian-only post as missing English, with a link to its English edit page', async () => {
    const post = await createPost(payload, { italian: 'Da tradurre' })
    const row = (await allRows('posts', 'missingEnglish')).find((entry) => entry.id === post.id)
    expect(row?.title).toBe(post.title)
    expect(row?.href).toBe(`/admin/collections/posts/${post.id}?locale=en`)
    expect(idsOf(await allRows('posts', 'stale'))).not.toContain(post.id)
  })

  it('counts drafts too: an unpublished Italian draft still needs its English', async () => {
    const draft = await createPost(payload, { italian: 'Bozza da tradurre', draft: true })
    expect(idsOf(await allRows('posts', 'missingEnglish'))).toContain(draft.id)
  })

  it('lists an English-only document as missing Italian', async () => {
    const tag = await payload.create({ collection: 'tags', locale: 'en', data: { title: `English only ${Date.now()}`, slug: '' } })
    expect((await allRows('tags', 'missingItalian')).map((row) => row.href)).toContain(`/admin/collections/tags/${tag.id}?locale=it`)
  })

  it('marks a translation stale when the Italian changes after the English, and fresh again once the English is saved', async () => {
    const post = await createPost(payload, { italian: 'Aggiornato', english: 'Updated' })
    expect(idsOf(await allRows('posts', 'stale'))).not.toContain(post.id)

    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { excerpt: 'Un sommario riscritto' } })
    const stale = (await allRows('posts', 'stale')).find((row) => row.id === post.id)
    expect(stale?.href).toBe(`/admin/collections/posts/${post.id}?locale=en`)

    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { excerpt: 'A rewritten excerpt' } })
    expect(idsOf(await allRows('posts', 'stale'))).not.toContain(post.id)
  })

  it('pages through the rows: each document once, newest change first, the pages adding up to the count', async () => {
    const created = []
    for (let n = 0; n < 5; n++) created.push(await createPost(payload, { italian: `Da tradurre a pagine ${n}` }))
    const rows = await allRows('posts', 'missingEnglish', editor, 2)
    const total = (await translationOverview(payload, editor)).posts.missingEnglish
    expect(rows).toHaveLength(total)
    expect(new Set(idsOf(rows)).size).toBe(total)
    const positions = created.map((post) => idsOf(rows).indexOf(post.id))
    expect(positions).toEqual([...positions].sort((a, b) => b - a))
    const firstPage = await translationPage(payload, editor, { collection: 'posts', kind: 'missingEnglish', page: 1, perPage: 2, total })
    expect(firstPage.rows).toHaveLength(2)
    expect(firstPage.totalPages).toBe(Math.ceil(total / 2))
  })

  it('sums the counts over every collection, from one overview', async () => {
    const before = countsOf(await translationOverview(payload, editor)).missingEnglish
    const added = [await createPost(payload, { italian: 'Conteggio uno' }), await createPost(payload, { italian: 'Conteggio due' })]
    const overview = await translationOverview(payload, editor)
    expect(Object.keys(overview).sort()).toEqual(['categories', 'events', 'posts', 'projects', 'spaces', 'tags'])
    const counts = countsOf(overview)
    expect(counts.missingEnglish).toBe(Object.values(overview).reduce((sum, entry) => sum + entry.missingEnglish, 0))
    expect(counts.missingEnglish).toBe(before + added.length)
  })

  it('reads with the user’s access: an anonymous caller does not see drafts', async () => {
    const draft = await createPost(payload, { italian: 'Bozza anonima', draft: true })
    const published = await createPost(payload, { italian: 'Pubblicato senza inglese' })
    const anonymous = idsOf(await allRows('posts', 'missingEnglish', null))
    expect(anonymous).toContain(published.id)
    expect(anonymous).not.toContain(draft.id)
    expect(idsOf(await allRows('posts', 'missingEnglish'))).toEqual(expect.arrayContaining([draft.id, published.id]))
  })

  it('reads the view’s filters from the query string, ignoring what it does not know', () => {
    expect(readTranslationsQuery({ collection: 'posts', kind: 'stale', page: '3' })).toEqual({ collection: 'posts', kind: 'stale', page: 3 })
    expect(readTranslationsQuery({ collection: 'users', kind: 'x', page: '1e9' })).toEqual({ collection: undefined, kind: undefined, page: 1 })
    expect(readTranslationsQuery({ collection: ['tags', 'posts'], page: '-2' })).toEqual({ collection: 'tags', kind: undefined, page: 1 })
    expect(readTranslationsQuery({ collection: 'constructor', page: '2\u0000' })).toEqual({ collection: undefined, kind: undefined, page: 1 })
  })
})
