import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Post, User } from '@/payload-types'
import { createPost } from './fixtures/posts'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
let staff: { admin: User; editor: User }
let bilingual: Post
let italianOnly: Post
let draft: Post

beforeAll(async () => {
  payload = await testPayload()
  staff = await staffUsers(payload)
  bilingual = await createPost(payload, { italian: 'Pubblicato', english: 'Published' })
  italianOnly = await createPost(payload, { italian: 'Solo italiano' })
  draft = await createPost(payload, { italian: 'Bozza', english: 'Draft', draft: true })
})

type Reader = 'anonymous' | 'editor' | 'admin'

async function visibleIds(reader: Reader, locale: 'it' | 'en') {
  const user = reader === 'anonymous' ? undefined : staff[reader]
  const result = await payload.find({
    collection: 'posts',
    locale,
    user,
    overrideAccess: false,
    draft: reader !== 'anonymous',
    pagination: false,
    where: { id: { in: [bilingual.id, italianOnly.id, draft.id] } },
  })
  return result.docs.map((doc) => doc.id).sort()
}

describe('who reads which post, in which language', () => {
  const matrix: [Reader, 'it' | 'en', () => number[]][] = [
    ['anonymous', 'it', () => [bilingual.id, italianOnly.id]],
    ['anonymous', 'en', () => [bilingual.id]],
    ['editor', 'it', () => [bilingual.id, italianOnly.id, draft.id]],
    ['editor', 'en', () => [bilingual.id, italianOnly.id, draft.id]],
    ['admin', 'it', () => [bilingual.id, italianOnly.id, draft.id]],
    ['admin', 'en', () => [bilingual.id, italianOnly.id, draft.id]],
  ]

  it.each(matrix)('%s in %s', async (reader, locale, expected) => {
    expect(await visibleIds(reader, locale)).toEqual(expected().sort())
  })

  it('an anonymous visitor asking for a draft by id is refused', async () => {
    await expect(
      payload.findByID({ collection: 'posts', id: draft.id, overrideAccess: false, locale: 'it' }),
    ).rejects.toThrow()
  })

  it('an anonymous visitor asking for draft versions gets nothing', async () => {
    await expect(payload.findVersions({ collection: 'posts', overrideAccess: false })).rejects.toThrow()
  })

  it('the Italian-only post shows no Italian text when read in English by staff', async () => {
    const doc = await payload.findByID({ collection: 'posts', id: italianOnly.id, locale: 'en', user: staff.editor, overrideAccess: false })
    expect(doc.title ?? null).toBeNull()
  })

  it('anonymous visitors cannot write', async () => {
    await expect(
      payload.create({ collection: 'posts', overrideAccess: false, data: { title: 'Intrusione', slug: '', _status: 'published' } }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'posts', id: bilingual.id, overrideAccess: false, data: { title: 'Vandalo' } }),
    ).rejects.toThrow()
  })

  it('editors can write posts', async () => {
    const updated = await payload.update({
      collection: 'posts',
      id: bilingual.id,
      locale: 'it',
      user: staff.editor,
      overrideAccess: false,
      data: { excerpt: 'Sommario aggiornato' },
    })
    expect(updated.excerpt).toBe('Sommario aggiornato')
  })
})

describe('anonymous reads through relationships and joins', () => {
  it('read events, spaces, projects and posts at depth 2 in both locales', async () => {
    for (const collection of ['events', 'spaces', 'projects', 'posts'] as const) {
      for (const locale of ['it', 'en'] as const) {
        const result = await payload.find({ collection, locale, depth: 2, overrideAccess: false })
        expect(result.docs).toBeInstanceOf(Array)
      }
    }
  })
})
