import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { readSite } from '@/lib/cms/site/siteQuery'
import { toSiteView } from '@/lib/cms/site/views'
import { testPayload } from './setup/payload'

let payload: Payload

const page = (slug: string, status: 'published' | 'draft') => ({ title: `Page ${slug}`, slug, generateSlug: false, _status: status, layout: [] })

beforeAll(async () => {
  payload = await testPayload()
})

describe("the site's settings and menu", () => {
  it('reads per locale what a visitor may see: no other language, no page unpublished or untranslated there', async () => {
    const contact = await payload.create({ collection: 'pages', locale: 'it', data: page('contatti-sito', 'published') })
    const draft = await payload.create({ collection: 'pages', locale: 'it', draft: true, data: page('bozza-sito', 'draft') })
    await payload.updateGlobal({
      slug: 'site-settings',
      locale: 'it',
      data: {
        siteName: 'Fabbrica',
        tagline: 'Lavorare insieme',
        contact: { email: 'ciao@example.com', phone: '', address: 'Fano', openingHours: '9-19' },
        contactPage: contact.id,
        social: [
          { network: 'instagram', url: 'https://instagram.com/fabbrica' },
          { network: 'mastodon', url: 'https://mastodon.social/@fabbrica' },
        ],
      },
    })
    await payload.updateGlobal({
      slug: 'navigation',
      locale: 'it',
      data: {
        items: [
          { label: 'Blog', page: 'blog' },
          { label: 'Contatti', document: contact.id },
          { label: 'Bozza', document: draft.id },
          { label: 'Altrove', url: 'https://example.com/altrove' },
        ],
      },
    })
    await payload.updateGlobal({ slug: 'navigation', locale: 'en', data: { items: [{ label: 'Contact', document: contact.id }, { label: 'Events', page: 'events' }] } })

    expect(toSiteView(await readSite(payload, 'it'), 'it')).toEqual({
      name: 'Fabbrica',
      tagline: 'Lavorare insieme',
      email: 'ciao@example.com',
      phone: '',
      address: 'Fano',
      openingHours: '9-19',
      social: [
        { network: 'instagram', url: 'https://instagram.com/fabbrica' },
        { network: 'mastodon', url: 'https://mastodon.social/@fabbrica' },
      ],
      contactHref: '/it/contatti-sito',
      navigation: [
        { label: 'Blog', page: 'blog', url: null },
        { label: 'Contatti', url: '/it/contatti-sito' },
        { label: 'Altrove', page: null, url: 'https://example.com/altrove' },
      ],
    })
    // English: no name, tagline or hours of its own (the default name), the Italian-only page left out.
    const en = toSiteView(await readSite(payload, 'en'), 'en')
    expect(en).toMatchObject({ name: 'Warehouse Coworking Factory', tagline: undefined, openingHours: undefined, contactHref: undefined, email: 'ciao@example.com' })
    expect(en.navigation).toEqual([{ label: 'Events', page: 'events', url: null }])
  })
})
