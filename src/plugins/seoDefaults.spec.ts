import type { CollectionConfig, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'
import { richText } from '@/seed/lexical'
import { generateDescription, generateImage, generateTitle, generateURL, publicDocumentPath } from './seoDefaults'

// The generators only read these arguments; the rest of the plugin's context is irrelevant here.
const args = (collection: string, doc: object, locale = 'it') =>
  ({ doc, locale, collectionConfig: { slug: collection } as CollectionConfig, req: {} as PayloadRequest }) as never

describe('SEO defaults per locale', () => {
  it('points the search-result preview at the real localized public address', () => {
    expect(publicDocumentPath('events', 'it', 'festa')).toBe('/it/eventi/festa')
    expect(publicDocumentPath('events', 'en', 'party')).toBe('/en/events/party')
    expect(publicDocumentPath('posts', 'en', 'news')).toBe('/en/blog/news')
    expect(generateURL(args('projects', { slug: 'geronimo' }, 'it'))).toMatch(/\/it\/progetti\/geronimo$/)
    expect(generateURL(args('spaces', { slug: 'lofoio' }, 'en'))).toMatch(/\/en\/spaces\/lofoio$/)
  })

  it('titles with the site name and describes from the excerpt, the summary or the text', () => {
    expect(generateTitle(args('posts', { title: 'Ciao' }))).toBe('Ciao · Warehouse Coworking Factory')
    expect(generateTitle(args('spaces', { name: 'Lofoio' }))).toBe('Lofoio · Warehouse Coworking Factory')
    expect(generateDescription(args('posts', { excerpt: 'Breve.' }))).toBe('Breve.')
    expect(generateDescription(args('events', { summary: 'In breve.' }))).toBe('In breve.')
    const long = 'parola '.repeat(60)
    const description = generateDescription(args('spaces', { description: richText([long]) })) as string
    expect(description.length).toBeLessThanOrEqual(155)
    expect(description.endsWith('…')).toBe(true)
  })

  it('shares the cover image, or the logo of a space', () => {
    expect(generateImage(args('posts', { coverImage: 7 }))).toBe(7)
    expect(generateImage(args('posts', { coverImage: { id: 8 } }))).toBe(8)
    expect(generateImage(args('spaces', { logo: 9 }))).toBe(9)
    expect(generateImage(args('posts', {}))).toBe('')
  })
})
