import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { findSitemapDocuments } from '@/lib/cms/sitemap/queries'
import { parseSitemapFileName } from '@/lib/seo/sitemapFileNames'
import { urlsetXml } from '@/lib/seo/sitemapXml'
import { richText } from '@/seed/lexical'
import { createPost } from './fixtures/posts'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

describe('sitemap files', () => {
  it('lists every published document once across its files, in the locales it exists in, never a draft', async () => {
    const bilingual = await createPost(payload, { italian: 'Mappa bilingue', english: 'Bilingual map' })
    const italianOnly = await createPost(payload, { italian: 'Mappa solo italiana' })
    const draft = await createPost(payload, { italian: 'Mappa in bozza', english: 'Draft map', draft: true })
    const unpublished = await createPost(payload, { italian: 'Mappa ritirata' })
    await payload.update({ collection: 'posts', id: unpublished.id, locale: 'it', data: { _status: 'draft' } })
    const space = await payload.create({ collection: 'spaces', locale: 'it', data: { name: `Spazio mappa ${Date.now()}`, slug: '', kind: 'partner', city: 'Fano', country: 'IT', description: richText(['Scrivanie.']) } })

    // Files of two documents each, so that this handful already spans several files.
    const documents = await findSitemapDocuments(payload, 2)
    const slugsOf = (section: string, slug: string) => documents.filter((doc) => doc.section === section && Object.values(doc.slugs).includes(slug))

    expect(slugsOf('blog', bilingual.slug)).toEqual([expect.objectContaining({ slugs: { it: expect.any(String), en: bilingual.slug } })])
    const [italian] = slugsOf('blog', italianOnly.slug)
    expect(italian.slugs).toEqual({ it: italianOnly.slug })
    expect(slugsOf('blog', draft.slug)).toEqual([])
    expect(slugsOf('blog', unpublished.slug)).toEqual([])
    expect(slugsOf('spaces', space.slug)).toEqual([expect.objectContaining({ slugs: { it: space.slug } })])

    const keys = documents.map((doc) => `${doc.section}:${JSON.stringify(doc.slugs)}`)
    expect(new Set(keys).size).toBe(keys.length)
    expect(documents.length).toBe((await findSitemapDocuments(payload)).length)
  })

  it('writes alternates only for the translations that exist', () => {
    const xml = urlsetXml([
      { url: 'https://x.test/it/blog/a', alternates: { it: 'https://x.test/it/blog/a', 'x-default': 'https://x.test/it/blog/a' } },
    ])
    expect(xml).toContain('<loc>https://x.test/it/blog/a</loc>')
    expect(xml).toContain('hreflang="x-default"')
    expect(xml).not.toContain('hreflang="en"')
    expect(urlsetXml([{ url: 'https://x.test/?a=1&b=<2>', alternates: {} }])).toContain('<loc>https://x.test/?a=1&amp;b=&lt;2&gt;</loc>')
  })

  it('answers only the names of its files', () => {
    expect(parseSitemapFileName('pages.xml')).toEqual({ kind: 'pages' })
    expect(parseSitemapFileName('blog-0.xml')).toEqual({ kind: 'section', section: 'blog', chunk: 0 })
    expect(parseSitemapFileName('events-12.xml')).toEqual({ kind: 'section', section: 'events', chunk: 12 })
    for (const bad of ['blog-01.xml', 'blog-9999999.xml', 'blog.xml', 'users-0.xml', 'blog-0.xml\u0000', 'blog-0.xmlx', '../blog-0.xml', 'blog--1.xml']) {
      expect(parseSitemapFileName(bad)).toBeNull()
    }
  })
})
