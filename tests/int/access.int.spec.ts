import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Post, User } from '@/payload-types'
import { richText } from '@/seed/lexical'
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
  it('never carry a draft event, or an untranslated event or space, into English at depth 2', async () => {
    const suffix = Date.now().toString(36)
    const rome = { start_tz: 'Europe/Rome', end_tz: 'Europe/Rome' } as const
    const draftEvent = await payload.create({
      collection: 'events',
      locale: 'it',
      draft: true,
      data: { title: `Evento bozza ${suffix}`, slug: `evento-bozza-${suffix}`, _status: 'draft', start: '2030-05-01T16:00:00.000Z', ...rome } as never,
    })
    const italianEvent = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: `Evento solo italiano ${suffix}`, slug: `evento-italiano-${suffix}`, _status: 'published', start: '2030-05-02T16:00:00.000Z', ...rome } as never,
    })
    const italianSpace = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: `Spazio ${suffix}`, slug: `spazio-italiano-${suffix}`, kind: 'partner', city: 'Fano', country: 'IT', description: richText([`Descrizione italiana ${suffix}`]) },
    })
    const post = await createPost(payload, { italian: 'Collegato', english: 'Linked' })
    for (const locale of ['it', 'en'] as const) {
      await payload.update({
        collection: 'posts',
        id: post.id,
        locale,
        data: { relatedEvents: [draftEvent.id, italianEvent.id], relatedSpaces: [italianSpace.id] },
      })
    }

    const read = await payload.findByID({ collection: 'posts', id: post.id, locale: 'en', fallbackLocale: false, depth: 2, overrideAccess: false })
    const listed = await payload.find({ collection: 'posts', locale: 'en', fallbackLocale: false, depth: 2, overrideAccess: false, where: { id: { equals: post.id } } })
    for (const doc of [read, listed.docs[0]]) {
      const json = JSON.stringify(doc)
      for (const secret of [draftEvent.title, draftEvent.slug, italianEvent.title, italianEvent.slug, `Descrizione italiana ${suffix}`]) {
        expect(json).not.toContain(secret)
      }
      // Not even the draft's or the untranslated event's id: a populated relation is dropped, not left as a bare id.
      const eventIds = (doc.relatedEvents ?? []).map((event) => (typeof event === 'object' ? event.id : event))
      expect(eventIds).not.toContain(draftEvent.id)
      expect(eventIds).not.toContain(italianEvent.id)
    }

    // The joins on the space and on the event side do not list the draft either.
    const space = await payload.findByID({ collection: 'spaces', id: italianSpace.id, locale: 'en', fallbackLocale: false, depth: 2, overrideAccess: false })
    expect(JSON.stringify(space)).not.toContain(`Descrizione italiana ${suffix}`)
    expect(JSON.stringify(space)).not.toContain(draftEvent.title)
  })
})
