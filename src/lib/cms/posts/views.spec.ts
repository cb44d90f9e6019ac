import { describe, expect, it } from 'vitest'
import type { Post } from '@/payload-types'
import { toLinks, toPostView, toTerms } from './views'

const both = { it: true, en: true }

describe('toTerms', () => {
  it('keeps populated terms translated into the locale, dropping bare ids', () => {
    const terms = [
      { id: 1, title: 'Events', slug: 'events', availableIn: both },
      { id: 2, title: null, slug: 'rete', availableIn: { it: true, en: false } },
      3,
    ]
    expect(toTerms(terms, 'en')).toEqual([{ slug: 'events', title: 'Events' }])
  })
})

describe('toLinks', () => {
  it('links spaces by name only where they have a page in this locale', () => {
    const spaces = [
      { id: 1, name: 'Warehouse', slug: 'warehouse', availableIn: both },
      { id: 2, name: 'LoFoIo', slug: 'lofoio', availableIn: { it: true, en: false } },
    ]
    expect(toLinks(spaces, 'en', 'spaces')).toEqual([{ title: 'Warehouse', href: { pathname: '/spaces/[slug]', params: { slug: 'warehouse' } } }])
  })

  it('drops events the visitor may not read (left as ids by access control)', () => {
    expect(toLinks([7, { id: 8, title: 'Fiera', slug: 'fiera' }], 'it', 'events')).toEqual([
      { title: 'Fiera', href: { pathname: '/events/[slug]', params: { slug: 'fiera' } } },
    ])
  })
})

describe('toPostView', () => {
  const post = {
    id: 5,
    title: 'Titolo',
    slug: 'titolo',
    excerpt: null,
    publishedAt: '2014-10-06T08:30:00.000Z',
    content: { root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'parola '.repeat(450) }] }] } },
    meta: { title: '', description: 'Descrizione SEO' },
    updatedAt: '2014-10-06T08:30:00.000Z',
    createdAt: '2014-10-06T08:30:00.000Z',
  } as unknown as Post

  it('computes the reading time and prefers the SEO fields only when filled', () => {
    const view = toPostView(post, 'it', { it: 'titolo' })
    expect(view.readingMinutes).toBe(2)
    expect(view.seo).toEqual({ title: 'Titolo', custom: false, description: 'Descrizione SEO', image: undefined })
    expect(view.excerpt).toBeUndefined()
    expect(view.related).toEqual({ events: [], spaces: [], projects: [] })
  })
})
