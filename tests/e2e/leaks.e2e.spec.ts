import { type APIRequestContext, expect, test } from '@playwright/test'
import { richText } from '../../src/seed/lexical'
import { staffRequest } from './setup/staffRequest'

/**
 * Every public route keyed by an id or a slug, asked for a draft, a published document with a newer
 * draft, and an Italian-only document in English: a 404, or the published text only.
 */
const stamp = Date.now().toString(36)
const secret = { draft: `bozzasegreta${stamp}`, newer: `modificasegreta${stamp}`, italianOnly: `soloitaliano${stamp}` }
type Locale = 'it' | 'en'
type Collection = 'posts' | 'events' | 'projects'
type Fixture = { draft: number; newer: number; italianOnly: number; publishedTitle: Record<Locale, string> }

let staff: APIRequestContext
let spaceSlug: string
const fixtures = {} as Record<Collection, Fixture>
const created: string[] = []

const extraFields = (collection: Collection, space: number): Record<string, unknown> => {
  if (collection === 'events') return { start: new Date(Date.now() + 15 * 86_400_000).toISOString(), start_tz: 'Europe/Rome', status: 'scheduled', host: space }
  if (collection === 'projects') return { programme: 'local', status: 'active' }
  return { excerpt: 'Sommario' }
}

async function write(method: 'post' | 'patch', path: string, data: Record<string, unknown>): Promise<number> {
  const response = await staff[method](path, { data })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  const { id } = ((await response.json()) as { doc: { id: number } }).doc
  return id
}

/** Creates a document in Italian (and English), as a draft or published. */
async function document(collection: Collection, space: number, titles: Partial<Record<Locale, string>>, status: 'draft' | 'published') {
  const query = status === 'draft' ? '&draft=true' : ''
  const id = await write('post', `/api/${collection}?locale=it${query}`, { title: titles.it, slug: '', _status: status, ...extraFields(collection, space) })
  created.push(`/api/${collection}/${id}`)
  if (titles.en) await write('patch', `/api/${collection}/${id}?locale=en${query}`, { title: titles.en, _status: status })
  return id
}

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
  spaceSlug = `spazio-sonda-${stamp}`
  const space = await write('post', '/api/spaces?locale=it', {
    name: `Spazio sonda ${stamp}`,
    slug: spaceSlug,
    kind: 'partner',
    city: 'Fano',
    country: 'IT',
    description: richText(['Uno spazio per le sonde.']),
  })
  created.push(`/api/spaces/${space}`)
  await write('patch', `/api/spaces/${space}?locale=en`, { description: richText(['A space for the probes.']) })

  for (const collection of ['posts', 'events', 'projects'] as const) {
    const publishedTitle = { it: `Pubblicato sonda ${collection} ${stamp}`, en: `Published probe ${collection} ${stamp}` }
    const draft = await document(collection, space, { it: `Bozza ${secret.draft}`, en: `Draft ${secret.draft}` }, 'draft')
    const newer = await document(collection, space, publishedTitle, 'published')
    for (const locale of ['it', 'en'] as const) {
      await write('patch', `/api/${collection}/${newer}?locale=${locale}&draft=true`, {
        title: `Nuovo ${secret.newer}`,
        slug: `${secret.newer}-${locale}`,
        _status: 'draft',
      })
    }
    const italianOnly = await document(collection, space, { it: `Solo ${secret.italianOnly}` }, 'published')
    fixtures[collection] = { draft, newer, italianOnly, publishedTitle }
  }
})

test.afterAll(async () => {
  for (const path of created.reverse()) await staff.delete(path)
  await staff.dispose()
})

/** What a visitor must never read in this locale. */
const forbidden = (locale: Locale) => (locale === 'en' ? [secret.draft, secret.newer, secret.italianOnly] : [secret.draft, secret.newer])

async function expectNoLeak(response: Awaited<ReturnType<APIRequestContext['get']>>, locale: Locale, label: string) {
  expect(response.status(), label).toBeLessThan(500)
  if (response.status() === 404) return
  const body = `${response.headers().location ?? ''}\n${await response.text()}`
  for (const word of forbidden(locale)) expect(body, `${label} shows "${word}"`).not.toContain(word)
}

test('REST with ?draft=true: drafts and Italian-only documents in English are not found, newer drafts not shown', async ({ request }) => {
  for (const collection of ['posts', 'events', 'projects'] as const) {
    const { draft, newer, italianOnly, publishedTitle } = fixtures[collection]
    for (const locale of ['it', 'en'] as const) {
      expect((await request.get(`/api/${collection}/${draft}?locale=${locale}&draft=true`)).status(), `${collection} draft`).toBe(404)
      const current = await request.get(`/api/${collection}/${newer}?locale=${locale}&draft=true`)
      await expectNoLeak(current, locale, `${collection} ${newer} ${locale}`)
      if (current.ok()) expect(((await current.json()) as { title: string }).title).toBe(publishedTitle[locale])
      const list = await request.get(`/api/${collection}?locale=${locale}&draft=true&limit=100&depth=2`)
      await expectNoLeak(list, locale, `${collection} list ${locale}`)
    }
    expect((await request.get(`/api/${collection}/${italianOnly}?locale=en&draft=true`)).status()).toBe(404)
  }
})

test('GraphQL with draft: true shows only what is published in the language asked for', async ({ request }) => {
  const names = { posts: ['Post', 'Posts'], events: ['Event', 'Events'], projects: ['Project', 'Projects'] } as const
  for (const collection of ['posts', 'events', 'projects'] as const) {
    const { draft, newer, italianOnly, publishedTitle } = fixtures[collection]
    const [one, many] = names[collection]
    for (const locale of ['it', 'en'] as const) {
      const query = `{
        draft: ${one}(id: ${draft}, locale: ${locale}, draft: true) { title slug }
        newer: ${one}(id: ${newer}, locale: ${locale}, draft: true) { title slug }
        italianOnly: ${one}(id: ${italianOnly}, locale: ${locale}, draft: true) { title slug }
        list: ${many}(locale: ${locale}, draft: true, limit: 100) { docs { id title slug } }
      }`
      const response = await request.post('/api/graphql', { data: { query } })
      await expectNoLeak(response, locale, `GraphQL ${collection} ${locale}`)
      const { data } = (await response.json()) as { data: Record<string, { title?: string; docs?: { id: number }[] } | null> }
      expect(data.draft ?? null).toBeNull()
      expect(data.newer?.title ?? publishedTitle[locale]).toBe(publishedTitle[locale])
      const listed = (data.list?.docs ?? []).map((doc) => Number(doc.id))
      expect(listed).not.toContain(draft)
      if (locale === 'en') expect(listed).not.toContain(italianOnly)
    }
  }
})

test('calendar files, preview cards and short links', async ({ request }) => {
  const events = fixtures.events
  const posts = fixtures.posts
  for (const locale of ['it', 'en'] as const) {
    expect((await request.get(`/${locale}/calendar/events/${events.draft}.ics`)).status()).toBe(404)
    const newer = await request.get(`/${locale}/calendar/events/${events.newer}.ics`)
    expect(newer.status()).toBe(200)
    await expectNoLeak(newer, locale, `event ${events.newer}.ics`)
    expect(await newer.text()).toContain(events.publishedTitle[locale])
    await expectNoLeak(await request.get(`/${locale}/calendar.ics`), locale, `${locale}/calendar.ics`)
    for (const [kind, fixture] of [['event', events], ['post', posts]] as const) {
      expect((await request.get(`/${locale}/og/${kind}-${fixture.draft}.png`)).status(), `${kind} card of a draft`).toBe(404)
      expect((await request.get(`/${locale}/og/${kind}-${fixture.newer}.png`)).status()).toBe(200)
    }
  }
  expect((await request.get(`/en/calendar/events/${events.italianOnly}.ics`)).status()).toBe(404)
  expect((await request.get(`/en/og/event-${events.italianOnly}.png`)).status()).toBe(404)
  expect((await request.get(`/en/og/post-${posts.italianOnly}.png`)).status()).toBe(404)

  for (const [path, fixture] of [['e', events], ['p', posts]] as const) {
    const headers = { 'Accept-Language': 'en' }
    expect((await request.get(`/${path}/${fixture.draft}`, { maxRedirects: 0, headers })).status()).toBe(404)
    const newer = await request.get(`/${path}/${fixture.newer}`, { maxRedirects: 0, headers })
    expect(newer.status()).toBe(307)
    await expectNoLeak(newer, 'it', `/${path}/${fixture.newer}`)
    // Not translated: the short link leads to the Italian page, never to an English one.
    const italianOnly = await request.get(`/${path}/${fixture.italianOnly}`, { maxRedirects: 0, headers })
    expect(italianOnly.headers().location).toMatch(/^\/it\//)
  }
})

test("a space's feeds and widget list only what is published in their language", async ({ request }) => {
  for (const locale of ['it', 'en'] as const) {
    for (const path of [`/${locale}/calendar/spaces/${spaceSlug}.ics`, `/${locale}/calendar/spaces/${spaceSlug}.json`, `/${locale}/embed/${spaceSlug}`]) {
      const response = await request.get(path)
      expect(response.status(), path).toBe(200)
      await expectNoLeak(response, locale, path)
      expect(await response.text(), path).toContain(fixtures.events.publishedTitle[locale])
    }
  }
  expect(await (await request.get(`/it/calendar/spaces/${spaceSlug}.json`)).text()).toContain(secret.italianOnly)
})

test('pages by slug: a draft slug and a newer draft slug are not found', async ({ request }) => {
  const sections = { posts: { it: 'blog', en: 'blog' }, events: { it: 'eventi', en: 'events' }, projects: { it: 'progetti', en: 'projects' } }
  for (const collection of ['posts', 'events', 'projects'] as const) {
    for (const locale of ['it', 'en'] as const) {
      const newerDraftSlug = await request.get(`/${locale}/${sections[collection][locale]}/${secret.newer}-${locale}`, { maxRedirects: 0 })
      expect(newerDraftSlug.status()).toBe(404)
      await expectNoLeak(newerDraftSlug, locale, `${collection} page by its draft slug`)
    }
  }
})
