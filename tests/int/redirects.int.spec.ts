import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Redirect } from '@/payload-types'
import { redirectLocation } from '@/lib/redirects/redirectLocation'
import { readRedirectTable } from '@/lib/redirects/readRedirectTable'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)

beforeAll(async () => {
  payload = await testPayload()
})

type Data = Omit<Redirect, 'id' | 'createdAt' | 'updatedAt' | 'type'> & { type?: Redirect['type'] }
const toUrl = (from: string, url: string, type: Redirect['type'] = '308'): Data => ({ from, to: { type: 'custom', url }, type })
const create = (data: Data) => payload.create({ collection: 'redirects', data: { type: '308', ...data } })
const refused = (data: Data, message: RegExp) => expect(create(data)).rejects.toThrow(message)
const errorOf = async (data: Data) => {
  try {
    await create(data)
  } catch (error) {
    return (error as { data?: { errors?: { path: string; message: string }[] } }).data?.errors?.[0]
  }
  return undefined
}

describe('staff redirects', () => {
  it('store the "from" address in one spelling: leading slash, no trailing slash, decoded, lower-case locale', async () => {
    const doc = await create(toUrl(` //Evento-${run}//caff%C3%A8/ `, '/it/blog'))
    expect(doc.from).toBe(`/Evento-${run}/caffè`)
    const localized = await create(toUrl(`/EN/promo-${run}`, 'https://example.org/promo'))
    expect(localized.from).toBe(`/en/promo-${run}`)
  })

  it('refuse addresses that do not decode, carry a query, a dot or are too long, with the field named', async () => {
    for (const from of ['/a%', '/a%00b', `/x%2F${run}`, '/a?b=1', '/volantino.pdf', `/${'x'.repeat(201)}`, '   ']) {
      const error = await errorOf(toUrl(from, '/it/blog'))
      expect(error?.path, from).toBe('from')
    }
  })

  it('refuse a "from" that is the home, a section or an existing page, in either language', async () => {
    await payload.create({ collection: 'pages', locale: 'it', data: { title: 'Pagina vera', slug: `vera-${run}`, generateSlug: false, _status: 'published' } })
    for (const from of ['/', '/it', '/en/', '/it/eventi', '/eventi/x', '/en/events/x', '/blog', '/admin', '/api/posts', '/it/cerca', `/it/vera-${run}`, `/vera-${run}`]) {
      await refused(toUrl(from, '/it/blog'), /.+/)
    }
    expect((await errorOf(toUrl(`/it/vera-${run}`, '/it/blog')))?.message).toMatch(/existing page|pagina che esiste/)
    // The same slug in the other language is free: no page lives there.
    await expect(create(toUrl(`/en/vera-${run}`, '/it/blog'))).resolves.toBeTruthy()
  })

  it('refuse a redirect to itself and a loop through other redirects', async () => {
    expect((await errorOf(toUrl(`/self-${run}`, `/self-${run}/`)))?.path).toBe('to.url')
    await create(toUrl(`/a-${run}`, `/b-${run}`))
    await create(toUrl(`/b-${run}`, `/c-${run}`))
    const loop = await errorOf(toUrl(`/c-${run}`, `/a-${run}`))
    expect(loop?.path).toBe('to.url')
    expect(loop?.message).toContain(`(/c-${run} → /a-${run} → /b-${run} → /c-${run})`)
    // Changing an existing one into a loop is refused too.
    const d = await create(toUrl(`/d-${run}`, '/it/blog'))
    await expect(payload.update({ collection: 'redirects', id: d.id, data: { to: { type: 'custom', url: `/d-${run}` } } })).rejects.toThrow()
  })

  it('refuse an address that is neither a path of the site nor an http(s) address', async () => {
    for (const url of ['javascript:alert(1)', '//evil.example/x', 'data:text/html,x', 'evento']) {
      expect((await errorOf(toUrl(`/bad-${run}-${url.length}`, url)))?.path, url).toBe('to.url')
    }
  })

  it('lead to a document in each language it is published in, and one hop through a chain', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: `Festa ${run}`, slug: `festa-${run}`, generateSlug: false, start: '2030-05-01T17:00:00.000Z', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
    })
    await payload.update({ collection: 'events', id: event.id, locale: 'en', data: { title: `Party ${run}`, slug: `party-${run}`, generateSlug: false, _status: 'published' } })
    await create({ from: `/evento-${run}`, to: { type: 'reference', reference: { relationTo: 'events', value: event.id } }, type: '308' })
    await create(toUrl(`/volantino-${run}`, `/evento-${run}`, '307'))
    const table = await readRedirectTable(payload)
    expect(table[`/evento-${run}`]).toEqual({ status: 308, to: { it: `/it/eventi/festa-${run}`, en: `/en/events/party-${run}` } })
    expect(redirectLocation(table, `/evento-${run}`, 'en')?.location).toBe(`/en/events/party-${run}`)
    expect(redirectLocation(table, `/volantino-${run}`, 'it')).toEqual({ location: `/it/eventi/festa-${run}`, status: 307, byLanguage: true })
  })

  it('are not readable by anonymous API clients', async () => {
    await expect(payload.find({ collection: 'redirects', overrideAccess: false })).rejects.toThrow()
  })
})
