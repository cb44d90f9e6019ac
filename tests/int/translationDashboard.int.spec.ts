import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { countsOf, translationStatus } from '@/admin/translationStatus'
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

const postsStatus = async () => (await translationStatus(payload, editor)).find((entry) => entry.collection === 'posts')!
const idsOf = (rows: { id: number }[]) => rows.map((row) => row.id)

describe('translation dashboard data', () => {
  it('lists an Italian-only post as missing English, with a link to its English edit page', async () => {
    const post = await createPost(payload, { italian: 'Da tradurre' })
    const status = await postsStatus()
    const row = status.missingEnglish.find((entry) => entry.id === post.id)
    expect(row?.title).toBe(post.title)
    expect(row?.href).toBe(`/admin/collections/posts/${post.id}?locale=en`)
    expect(idsOf(status.stale)).not.toContain(post.id)
  })

  it('counts drafts too: an unpublished Italian draft still needs its English', async () => {
    const draft = await createPost(payload, { italian: 'Bozza da tradurre', draft: true })
    expect(idsOf((await postsStatus()).missingEnglish)).toContain(draft.id)
  })

  it('lists an English-only document as missing Italian', async () => {
    const tag = await payload.create({ collection: 'tags', locale: 'en', data: { title: `English only ${Date.now()}`, slug: '' } })
    const tags = (await translationStatus(payload, editor)).find((entry) => entry.collection === 'tags')!
    expect(tags.missingItalian.map((row) => row.href)).toContain(`/admin/collections/tags/${tag.id}?locale=it`)
  })

  it('marks a translation stale when the Italian changes after the English, and fresh again once the English is saved', async () => {
    const post = await createPost(payload, { italian: 'Aggiornato', english: 'Updated' })
    expect(idsOf((await postsStatus()).stale)).not.toContain(post.id)

    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { excerpt: 'Un sommario riscritto' } })
    const stale = (await postsStatus()).stale.find((row) => row.id === post.id)
    expect(stale?.href).toBe(`/admin/collections/posts/${post.id}?locale=en`)

    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { excerpt: 'A rewritten excerpt' } })
    expect(idsOf((await postsStatus()).stale)).not.toContain(post.id)
  })

  it('sums the counts over every collection', async () => {
    const before = countsOf(await translationStatus(payload, editor)).missingEnglish
    const added = [await createPost(payload, { italian: 'Conteggio uno' }), await createPost(payload, { italian: 'Conteggio due' })]
    const status = await translationStatus(payload, editor)
    const counts = countsOf(status)
    expect(counts.missingEnglish).toBe(status.reduce((sum, entry) => sum + entry.missingEnglish.length, 0))
    expect(counts.missingEnglish).toBe(before + added.length)
    expect(status.map((entry) => entry.collection)).toEqual(['posts', 'events', 'spaces', 'projects', 'categories', 'tags'])
  })

  it('reads with the user’s access: an anonymous caller does not see drafts', async () => {
    const draft = await createPost(payload, { italian: 'Bozza anonima', draft: true })
    const published = await createPost(payload, { italian: 'Pubblicato senza inglese' })
    const anonymous = (await translationStatus(payload, null)).find((entry) => entry.collection === 'posts')!
    expect(idsOf(anonymous.missingEnglish)).toContain(published.id)
    expect(idsOf(anonymous.missingEnglish)).not.toContain(draft.id)
    expect(idsOf((await postsStatus()).missingEnglish)).toEqual(expect.arrayContaining([draft.id, published.id]))
  })
})
