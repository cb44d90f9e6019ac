import { createLocalReq, type Payload } from 'payload'
import { copyDataFromLocale } from '@payloadcms/ui/utilities/copyDataFromLocale'
import { beforeAll, describe, expect, it } from 'vitest'
import type { User } from '@/payload-types'
import { richText } from '@/seed/lexical'
import { staffUsers } from './fixtures/staff'
import { testPayload } from './setup/payload'

let payload: Payload
let editor: User

beforeAll(async () => {
  payload = await testPayload()
  editor = (await staffUsers(payload)).editor
})

// The admin's "Copy to locale" button runs this very function through Payload's server functions.
describe('copy from Italian to start a translation', () => {
  it('copies rich text and relationships of an Italian post into an English draft', async () => {
    const stamp = Date.now().toString(36)
    const category = await payload.create({ collection: 'categories', locale: 'it', data: { title: `Laboratori ${stamp}`, slug: '' } })
    const event = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: `Evento collegato ${stamp}`, slug: '', start: '2030-05-04T15:00:00.000Z', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
    })
    const content = richText([{ heading: 'Un titoletto' }, 'Il testo in italiano.', { bullets: ['uno', 'due'] }])
    const post = await payload.create({
      collection: 'posts',
      locale: 'it',
      data: {
        title: `Da copiare ${stamp}`,
        slug: '',
        excerpt: 'Il sommario',
        content,
        categories: [category.id],
        relatedEvents: [event.id],
        _status: 'published',
      },
    })

    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    await copyDataFromLocale({ req, collectionSlug: 'posts', docID: post.id, fromLocale: 'it', toLocale: 'en' })

    const english = await payload.findByID({ collection: 'posts', id: post.id, locale: 'en', draft: true, depth: 0, fallbackLocale: false })
    expect(english.title).toBe(`Da copiare ${stamp}`)
    expect(english.excerpt).toBe('Il sommario')
    expect(english.content).toMatchObject({ root: { children: content.root.children.map((node) => ({ type: node.type })) } })
    expect(JSON.stringify(english.content)).toContain('Il testo in italiano.')
    expect(english.categories).toEqual([category.id])
    expect(english.relatedEvents).toEqual([event.id])
    // The copy is a draft in English: the Italian page stays as it was, the English one is not public yet.
    expect(english.translation).toMatchObject({ exists: true })
    await expect(payload.findByID({ collection: 'posts', id: post.id, locale: 'en', overrideAccess: false })).rejects.toThrow()
    const italian = await payload.findByID({ collection: 'posts', id: post.id, locale: 'it', overrideAccess: false })
    expect(italian.title).toBe(`Da copiare ${stamp}`)
  })

  it('never overwrites what a translator already wrote', async () => {
    const post = await payload.create({
      collection: 'posts',
      locale: 'it',
      data: { title: `Già tradotto ${Date.now()}`, slug: '', excerpt: 'Sommario', _status: 'published' },
    })
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { title: 'Already translated', _status: 'published' } })
    const req = await createLocalReq({ user: { ...editor, collection: 'users' } }, payload)
    await copyDataFromLocale({ req, collectionSlug: 'posts', docID: post.id, fromLocale: 'it', toLocale: 'en' })
    const english = await payload.findByID({ collection: 'posts', id: post.id, locale: 'en', draft: true, fallbackLocale: false })
    expect(english.title).toBe('Already translated')
    expect(english.excerpt).toBe('Sommario')
  })
})
