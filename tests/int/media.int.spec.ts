import path from 'node:path'
import { type Payload, ValidationError } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { testPayload } from './setup/payload'

let payload: Payload
const image = path.resolve('src/seed/images/wcf-desks.jpg')

beforeAll(async () => {
  payload = await testPayload()
})

describe('media', () => {
  it('makes responsive webp sizes with sharp and keeps the alt text per locale', async () => {
    const media = await payload.create({ collection: 'media', locale: 'it', filePath: image, data: { alt: 'Scrivanie condivise' } })
    expect(media.sizes?.card).toMatchObject({ mimeType: 'image/webp', width: 640, height: 400 })
    expect(media.sizes?.og).toMatchObject({ mimeType: 'image/webp', width: 1200, height: 630 })
    const english = await payload.update({ collection: 'media', id: media.id, locale: 'en', data: { alt: 'Shared desks' } })
    expect(english.alt).toBe('Shared desks')
    expect((await payload.findByID({ collection: 'media', id: media.id, locale: 'it' })).alt).toBe('Scrivanie condivise')
  })

  it('refuses an image without alt text', async () => {
    await expect(
      payload.create({ collection: 'media', locale: 'it', filePath: image, data: {} as { alt: string } }),
    ).rejects.toBeInstanceOf(ValidationError)
  })
})
