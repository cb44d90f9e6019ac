import { type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const createCategory = (title: string, slug?: string) =>
  payload.create({ collection: 'categories', locale: 'it', data: { title, slug: slug ?? '' } })

describe('localized slugs', () => {
  it('are derived from the title with accents folded', async () => {
    const category = await createCategory('Più città')
    expect(category.slug).toBe('piu-citta')
  })

  it('are derived per locale from that locale’s title', async () => {
    const category = await createCategory('Reti di quartiere')
    const english = await payload.update({ collection: 'categories', id: category.id, locale: 'en', data: { title: 'Neighbourhood networks' } })
    expect(english.slug).toBe('neighbourhood-networks')
    const italian = await payload.findByID({ collection: 'categories', id: category.id, locale: 'it' })
    expect(italian.slug).toBe('reti-di-quartiere')
  })

  it('get a numbered suffix when the derived slug is taken in the same locale', async () => {
    const first = await createCategory('Laboratori')
    const second = await createCategory('Laboratori')
    expect(first.slug).toBe('laboratori')
    expect(second.slug).toBe('laboratori-2')
  })

  it('may repeat across locales', async () => {
    const italian = await createCategory('Design')
    const other = await createCategory('Progettazione')
    const english = await payload.update({ collection: 'categories', id: other.id, locale: 'en', data: { title: 'Design' } })
    expect(italian.slug).toBe('design')
    expect(english.slug).toBe('design')
  })

  it('refuse a typed slug already used in the locale, with the field named', async () => {
    await createCategory('Formazione')
    const attempt = createCategory('Altro titolo', 'formazione')
    await expect(attempt).rejects.toBeInstanceOf(ValidationError)
    await expect(attempt).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'slug' })] } })
  })

  it('are editable, normalised, and remember the slugs they had', async () => {
    const category = await createCategory('Coworking rurale')
    const renamed = await payload.update({ collection: 'categories', id: category.id, locale: 'it', data: { slug: 'Coworking in Campagna' } })
    expect(renamed.slug).toBe('coworking-in-campagna')
    const again = await payload.update({ collection: 'categories', id: category.id, locale: 'it', data: { slug: 'campagna' } })
    expect(again.previousSlugs?.map((entry) => entry.slug)).toEqual(['coworking-rurale', 'coworking-in-campagna'])
    const found = await payload.find({ collection: 'categories', locale: 'it', where: { 'previousSlugs.slug': { equals: 'coworking-rurale' } } })
    expect(found.docs.map((doc) => doc.id)).toEqual([category.id])
  })

  it('keep their history per locale', async () => {
    const category = await createCategory('Artigianato')
    await payload.update({ collection: 'categories', id: category.id, locale: 'en', data: { title: 'Crafts' } })
    await payload.update({ collection: 'categories', id: category.id, locale: 'en', data: { slug: 'handicraft' } })
    const italian = await payload.findByID({ collection: 'categories', id: category.id, locale: 'it' })
    const english = await payload.findByID({ collection: 'categories', id: category.id, locale: 'en' })
    expect(italian.previousSlugs ?? []).toEqual([])
    expect(english.previousSlugs?.map((entry) => entry.slug)).toEqual(['crafts'])
  })

  it('follow their own title after "copy to locale" brought the other language’s slug', async () => {
    const post = await payload.create({ collection: 'posts', locale: 'it', draft: true, data: { title: 'Cena sociale', slug: '', _status: 'draft' } })
    // What Payload's copy-to-locale saves: the Italian fields, slug included, as the English draft.
    await payload.update({ collection: 'posts', id: post.id, locale: 'en', draft: true, data: { title: 'Cena sociale', slug: post.slug, _status: 'draft' } })
    const translated = await payload.update({ collection: 'posts', id: post.id, locale: 'en', draft: true, data: { title: 'Social dinner', _status: 'draft' } })
    expect(translated.slug).toBe('social-dinner')
    expect((await payload.findByID({ collection: 'posts', id: post.id, locale: 'it', draft: true })).slug).toBe('cena-sociale')
  })
})
