import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { richText } from '@/seed/lexical'
import { createPost } from './fixtures/posts'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const stateIn = async (id: number, locale: 'it' | 'en') =>
  (await payload.findByID({ collection: 'posts', id, locale })).translation

describe('translation state', () => {
  it('knows a document written only in Italian has no English', async () => {
    const post = await createPost(payload, { italian: 'Solo in italiano' })
    expect(await stateIn(post.id, 'it')).toMatchObject({ exists: true, complete: false })
    const english = await stateIn(post.id, 'en')
    expect(english?.exists ?? false).toBe(false)
  })

  it('lists the missing fields and turns complete when they are written', async () => {
    const post = await createPost(payload, { italian: 'Quasi pronto', english: 'Almost ready' })
    const partial = await stateIn(post.id, 'en')
    expect(partial).toMatchObject({ exists: true, complete: false })
    expect(partial?.missing).toEqual(['content'])

    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { content: richText(['Done.']) } })
    expect(await stateIn(post.id, 'en')).toMatchObject({ exists: true, complete: true, missing: [] })
    expect(await stateIn(post.id, 'it')).toMatchObject({ exists: true, complete: false, missing: ['content'] })
  })

  it('does not count a fallback as a translation when reading all locales', async () => {
    const post = await createPost(payload, { italian: 'Tutte le lingue' })
    const all = (await payload.findByID({ collection: 'posts', id: post.id, locale: 'all' })) as unknown as {
      title: Record<string, string | undefined>
      translation: Record<string, { exists?: boolean } | undefined>
    }
    expect(all.title.it).toMatch(/^Tutte le lingue/)
    expect(all.title.en).toBeUndefined()
    expect(all.translation.it?.exists).toBe(true)
    expect(all.translation.en?.exists ?? false).toBe(false)
  })

  it('records when a locale’s text last changed', async () => {
    const post = await createPost(payload, { italian: 'Data', english: 'Date' })
    const before = (await stateIn(post.id, 'en'))?.updatedAt
    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { excerpt: 'Nuovo sommario' } })
    expect((await stateIn(post.id, 'en'))?.updatedAt).toBe(before)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { excerpt: 'New excerpt' } })
    expect(new Date((await stateIn(post.id, 'en'))?.updatedAt ?? 0).getTime()).toBeGreaterThan(new Date(before ?? 0).getTime())
  })
})
