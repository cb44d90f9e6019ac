import { type APIRequestContext, expect, test } from '@playwright/test'
import { richText } from '../../src/seed/lexical'
import { staffRequest } from './setup/staffRequest'

/**
 * Renamed events and spaces: every earlier slug leads to the current one in a single 308, and a
 * slug given up by one document and later taken by another serves the other document.
 */
const stamp = Date.now().toString(36)
let staff: APIRequestContext
const created: string[] = []

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
})

test.afterAll(async () => {
  for (const path of created.reverse()) await staff.delete(path)
  await staff.dispose()
})

const kinds = {
  events: {
    section: '/it/eventi',
    data: (name: string) => ({
      title: name,
      start: new Date(Date.now() + 40 * 86_400_000).toISOString(),
      start_tz: 'Europe/Rome',
      status: 'scheduled',
      _status: 'published',
    }),
  },
  spaces: {
    section: '/it/spazi',
    data: (name: string) => ({ name, kind: 'partner', city: 'Fano', country: 'IT', description: richText([`Descrizione di ${name}.`]) }),
  },
} as const

/**
 * The status and every Location header's path of the answer to `path`, redirects not followed: a
 * rendered redirect once carried two identical Location headers (src/server/requestGate.cjs).
 */
async function redirectOf(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 })
  const locations = response
    .headersArray()
    .filter((header) => header.name.toLowerCase() === 'location')
    .map((header) => new URL(header.value, 'http://site.invalid').pathname)
  return { status: response.status(), to: locations }
}

async function save(method: 'post' | 'patch', path: string, data: Record<string, unknown>) {
  const response = await staff[method](path, { data })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: { id: number; slug: string } }).doc
}

for (const [collection, kind] of Object.entries(kinds)) {
  test(`${collection}: A → B → C sends A straight to C with one 308, and a freed slug serves its new owner`, async ({ request }) => {
    const [a, b, c] = ['a', 'b', 'c'].map((step) => `catena-${collection}-${step}-${stamp}`)
    const first = await save('post', `/api/${collection}?locale=it`, { ...kind.data(`Primo ${stamp}`), slug: a })
    created.push(`/api/${collection}/${first.id}`)
    expect((await request.get(`${kind.section}/${a}`)).status()).toBe(200)
    await save('patch', `/api/${collection}/${first.id}?locale=it`, { slug: b })
    await save('patch', `/api/${collection}/${first.id}?locale=it`, { slug: c })

    for (const old of [a, b]) expect(await redirectOf(request, `${kind.section}/${old}`), old).toEqual({ status: 308, to: [`${kind.section}/${c}`] })
    expect((await request.get(`${kind.section}/${c}`, { maxRedirects: 0 })).status()).toBe(200)

    const second = await save('post', `/api/${collection}?locale=it`, { ...kind.data(`Secondo ${stamp}`), slug: a })
    created.push(`/api/${collection}/${second.id}`)
    expect(second.slug).toBe(a)
    const taken = await request.get(`${kind.section}/${a}`, { maxRedirects: 0 })
    expect(taken.status()).toBe(200)
    expect(await taken.text()).toContain(`Secondo ${stamp}`)
    // B still leads to the first document.
    expect(await redirectOf(request, `${kind.section}/${b}`)).toEqual({ status: 308, to: [`${kind.section}/${c}`] })
  })
}
