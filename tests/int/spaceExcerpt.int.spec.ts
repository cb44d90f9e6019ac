import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findSpaces } from '@/lib/cms/spaces/queries'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)
const long = `${'parola '.repeat(40)}fine`

beforeAll(async () => {
  payload = await testPayload()
})

describe("a space card's excerpt", () => {
  it('is stored per locale when the description is saved, kept by saves without it, and what the list shows', async () => {
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: `Spazio estratto ${run}`, slug: '', kind: 'partner', city: 'Fano', country: 'IT', description: richText([long, 'Secondo paragrafo.']) },
    })
    await payload.update({ collection: 'spaces', id: space.id, locale: 'en', data: { description: richText(['A space by the sea.', 'More.']) } })
    await payload.update({ collection: 'spaces', id: space.id, locale: 'it', data: { city: 'Pesaro' } })

    const card = async (locale: 'it' | 'en') => (await findSpaces(payload, locale)).find((summary) => summary.id === space.id)
    const italian = await card('it')
    expect(italian?.city).toBe('Pesaro')
    expect(italian?.excerpt).toMatch(/^parola parola .*…$/)
    expect(italian?.excerpt?.length).toBeLessThanOrEqual(181)
    expect((await card('en'))?.excerpt).toBe('A space by the sea.')
    // What the list reads: the stored line, not the description.
    expect((await payload.findByID({ collection: 'spaces', id: space.id, locale: 'en', select: { excerpt: true } })).excerpt).toBe('A space by the sea.')
  })

  it('is emptied when the description is', async () => {
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: `Spazio vuoto ${run}`, slug: '', kind: 'partner', city: 'Fano', country: 'IT', description: richText(['Per ora.']) },
    })
    const emptied = await payload.update({ collection: 'spaces', id: space.id, locale: 'it', data: { description: null } })
    expect(emptied.excerpt ?? null).toBeNull()
  })
})
