import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { sql } from '@payloadcms/db-postgres'
import { findPage } from '@/lib/cms/pages/queries'
import { fillPageSearchText } from '@/migrations/20261126_182621_redirects_page_search'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

const page = (slug: string) => ({
  title: `Page ${slug}`,
  slug,
  generateSlug: false,
  _status: 'published' as const,
  layout: [
    { blockType: 'faq' as const, heading: 'FAQ', items: [{ question: 'Open on Sunday?', answer: 'No.' }] },
    { blockType: 'plans' as const, plans: [{ name: 'Day', price: 15, period: 'day' as const, linkLabel: 'Book', linkHref: '/it/contatti' }] },
  ],
})

describe('pages', () => {
  it('refuses a slug that is the name of a section, in either language', async () => {
    for (const slug of ['eventi', 'events', 'blog', 'cerca', 'embed']) {
      await expect(payload.create({ collection: 'pages', locale: 'it', data: page(slug) })).rejects.toThrow(/Slug/)
    }
  })

  it('refuses a button that leads to a javascript: address', async () => {
    const data = page('bad-link')
    data.layout[1].plans![0].linkHref = 'javascript:alert(1)'
    await expect(payload.create({ collection: 'pages', locale: 'it', data })).rejects.toThrow()
  })

  it('a published page is read in its locale only, with its blocks', async () => {
    const created = await payload.create({ collection: 'pages', locale: 'it', data: page('chi-siamo-test') })
    const view = await findPage(payload, 'it', 'chi-siamo-test')
    expect(view?.id).toBe(created.id)
    expect(view?.blocks.map((b) => b.kind)).toEqual(['faq', 'plans'])
    expect(view?.slugs).toEqual({ it: 'chi-siamo-test' })
    expect(await findPage(payload, 'en', 'chi-siamo-test')).toBeNull()
  })

  it('a draft page is not public', async () => {
    await payload.create({ collection: 'pages', locale: 'it', draft: true, data: { ...page('bozza-test'), _status: 'draft' } })
    expect(await findPage(payload, 'it', 'bozza-test')).toBeNull()
  })

  it("the search migration's fill reads the blocks' tables to the same words as the save hook", async () => {
    const data = {
      ...page('ricerca-riempita'),
      layout: [
        { blockType: 'hero' as const, heading: 'Benvenuti alla fabbrica', text: 'Scrivanie luminose' },
        ...page('x').layout,
        { blockType: 'callToAction' as const, heading: 'Vieni a trovarci', text: 'Ogni giorno', linkLabel: 'Scrivici', linkHref: '/it/contatti' },
      ],
    }
    const created = await payload.create({ collection: 'pages', locale: 'it', data })
    const read = async () =>
      ((await payload.db.drizzle.execute(sql`SELECT search_text FROM pages_locales WHERE _parent_id = ${created.id} AND _locale = 'it'`)) as unknown as { rows: { search_text: string | null }[] }).rows[0]?.search_text
    const fromHook = await read()
    expect(fromHook).toContain('Benvenuti alla fabbrica')
    expect(fromHook).toContain('Open on Sunday?')
    await payload.db.drizzle.execute(sql`UPDATE pages_locales SET search_text = NULL`)
    await fillPageSearchText(payload.db.drizzle as never)
    expect(await read()).toBe(fromHook)
  })
})
