import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { richText } from '../../src/seed/lexical'
import { logIn, publish } from './setup/adminSession'
import { wholeSitemap } from './setup/sitemap'
import { staffRequest } from './setup/staffRequest'

/**
 * Events, projects and spaces published one language at a time through the admin's buttons:
 * with Italian published and English still a draft, visitors find the Italian page and nothing in
 * English (page, sitemap, search, English calendar); once English is published, all of it appears.
 */
test.use({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
test.setTimeout(120_000)

let staff: APIRequestContext
const created: string[] = []

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
})

test.afterAll(async () => {
  for (const path of created) await staff.delete(path)
  await staff.dispose()
})

type Draftable = 'events' | 'projects'
const sections = { events: { it: 'eventi', en: 'events' }, projects: { it: 'progetti', en: 'projects' } } as const

/** Italian and English drafts of a new document, written through the API as an editor would have. */
async function draftInBothLanguages(collection: Draftable, word: string, extra: Record<string, unknown>) {
  const draft = await staff.post(`/api/${collection}?locale=it&draft=true`, {
    data: { title: `Prova italiana ${word}`, slug: '', summary: `Sommario ${word}`, _status: 'draft', ...extra },
  })
  expect(draft.ok(), await draft.text()).toBe(true)
  const { id } = ((await draft.json()) as { doc: { id: number } }).doc
  created.push(`/api/${collection}/${id}`)
  const english = await staff.patch(`/api/${collection}/${id}?locale=en&draft=true`, {
    data: { title: `English trial ${word}`, summary: `Summary ${word}`, _status: 'draft' },
  })
  expect(english.ok(), await english.text()).toBe(true)
  return id
}

async function draftSlug(collection: Draftable, id: number, locale: 'it' | 'en') {
  return ((await (await staff.get(`/api/${collection}/${id}?locale=${locale}&draft=true&depth=0`)).json()) as { slug: string }).slug
}

/**
 * Opens the document in the admin in that language, gives it a last touch (`summary`: the button
 * stays disabled on a form with nothing new to publish), clicks "publish in <language>" and waits
 * for the server's answer to it.
 */
async function publishIn(page: Page, collection: string, id: number, locale: 'it' | 'en', summary?: string) {
  await page.goto(`/admin/collections/${collection}/${id}?locale=${locale}`)
  if (summary) await page.locator('#field-summary').fill(summary)
  const published = page.waitForResponse((response) => response.url().includes(`publishSpecificLocale=${locale}`) && response.ok())
  await page.getByRole('button', { name: `Pubblica in ${locale === 'it' ? 'Italiano' : 'English'}` }).click()
  await published
}

async function visibleIn(request: APIRequestContext, locale: 'it' | 'en', path: string, word: string) {
  const search = locale === 'it' ? '/it/cerca' : '/en/search'
  const [page, sitemap, found] = await Promise.all([
    request.get(path, { maxRedirects: 0 }),
    wholeSitemap(request).then(({ files }) => files),
    request.get(`${search}?q=${word}`).then((response) => response.text()),
  ])
  // The results page repeats the query: a result is a link to the page.
  return { page: page.status(), sitemap: sitemap.includes(`${path}</loc>`), search: found.includes(`href="${path}"`) }
}

const shown = { page: 200, sitemap: true, search: true }
const hidden = { page: 404, sitemap: false, search: false }

for (const collection of ['events', 'projects'] as const) {
  test(`${collection}: Italian published with English still a draft, then English`, async ({ page, request, baseURL }) => {
    const word = `zorblat${collection}${Date.now().toString(36)}`
    const extra =
      collection === 'events'
        ? { start: new Date(Date.now() + 20 * 86_400_000).toISOString(), start_tz: 'Europe/Rome', status: 'scheduled' }
        : { programme: 'local', status: 'active' }
    const id = await draftInBothLanguages(collection, word, extra)
    const uid = `UID:event-${id}@${new URL(baseURL as string).hostname}`
    const calendar = async (locale: 'it' | 'en') => (await request.get(`/${locale}/calendar.ics`)).text()

    await logIn(page)
    await publishIn(page, collection, id, 'it')
    const italianPath = `/it/${sections[collection].it}/${await draftSlug(collection, id, 'it')}`
    const englishPath = `/en/${sections[collection].en}/${await draftSlug(collection, id, 'en')}`
    expect(await visibleIn(request, 'it', italianPath, word)).toEqual(shown)
    expect(await visibleIn(request, 'en', englishPath, word)).toEqual(hidden)
    expect((await request.get(`/api/${collection}/${id}?locale=en`)).status()).toBe(404)
    if (collection === 'events') {
      expect(await calendar('it')).toContain(uid)
      expect(await calendar('en')).not.toContain(uid)
    }

    await publishIn(page, collection, id, 'en', `Summary ${word}, checked`)
    expect(await visibleIn(request, 'en', englishPath, word)).toEqual(shown)
    expect(await visibleIn(request, 'it', italianPath, word)).toEqual(shown)
    if (collection === 'events') expect(await calendar('en')).toContain(uid)
  })
}

test('spaces: described in Italian only, then in English through the admin', async ({ page, request }) => {
  const word = `zorblatspace${Date.now().toString(36)}`
  const space = await staff.post('/api/spaces?locale=it', {
    data: {
      name: `Spazio ${word}`,
      slug: word,
      kind: 'partner',
      city: 'Pesaro',
      country: 'IT',
      description: richText([`Uno spazio di prova ${word}.`]),
    },
  })
  expect(space.ok(), await space.text()).toBe(true)
  const { id } = ((await space.json()) as { doc: { id: number } }).doc
  created.push(`/api/spaces/${id}`)
  expect(await visibleIn(request, 'it', `/it/spazi/${word}`, word)).toEqual(shown)
  expect(await visibleIn(request, 'en', `/en/spaces/${word}`, word)).toEqual(hidden)

  await logIn(page)
  await page.goto(`/admin/collections/spaces/${id}?locale=en`)
  const editor = page.locator('[data-lexical-editor="true"]')
  await editor.click()
  await editor.pressSequentially(`A trial space ${word}.`)
  await publish(page)
  expect(await visibleIn(request, 'en', `/en/spaces/${word}`, word)).toEqual(shown)
})
