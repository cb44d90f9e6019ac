import { type APIRequestContext, expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { richText } from '../../src/seed/lexical'
import { staffRequest } from './setup/staffRequest'

/**
 * Through the real routes: one event keeps one UID in every file that lists it (its own file and the
 * feeds, in both languages), and the feeds keep what started in the last 90 days.
 */
const stamp = Date.now().toString(36)
const DAY = 86_400_000
let staff: APIRequestContext
let spaceSlug: string
let uidHost: string
const ids: Record<'upcoming' | 'day89' | 'day91', number> = { upcoming: 0, day89: 0, day91: 0 }
const created: string[] = []

async function write(method: 'post' | 'patch', path: string, data: Record<string, unknown>): Promise<number> {
  const response = await staff[method](path, { data })
  expect(response.ok(), `${method} ${path}: ${await response.text()}`).toBe(true)
  return ((await response.json()) as { doc: { id: number } }).doc.id
}

/** A published event in both languages hosted by the test's space, starting at `start` (no end). */
async function event(name: string, start: Date, space: number) {
  const id = await write('post', '/api/events?locale=it', {
    title: `Calendario ${name} ${stamp}`,
    slug: '',
    start: start.toISOString(),
    start_tz: 'Europe/Rome',
    status: 'scheduled',
    host: space,
    _status: 'published',
  })
  created.push(`/api/events/${id}`)
  await write('patch', `/api/events/${id}?locale=en`, { title: `Calendar ${name} ${stamp}`, _status: 'published' })
  return id
}

test.beforeAll(async ({ playwright, baseURL }) => {
  staff = await staffRequest(playwright, baseURL)
  uidHost = new URL(baseURL as string).hostname
  spaceSlug = `spazio-calendario-${stamp}`
  const space = await write('post', '/api/spaces?locale=it', {
    name: `Spazio calendario ${stamp}`,
    slug: spaceSlug,
    kind: 'partner',
    city: 'Fano',
    country: 'IT',
    description: richText(['Uno spazio.']),
  })
  created.push(`/api/spaces/${space}`)
  await write('patch', `/api/spaces/${space}?locale=en`, { description: richText(['A space.']) })
  const now = Date.now()
  ids.upcoming = await event('prossimo', new Date(now + 30 * DAY), space)
  ids.day89 = await event('89 giorni fa', new Date(now - 89 * DAY), space)
  ids.day91 = await event('91 giorni fa', new Date(now - 91 * DAY), space)
})

test.afterAll(async () => {
  for (const path of created.reverse()) await staff.delete(path)
  await staff.dispose()
})

/** The UIDs of the VEVENTs of a calendar file, parsed by ical.js. */
async function uids(request: APIRequestContext, path: string): Promise<string[]> {
  const response = await request.get(path)
  expect(response.status(), path).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^text\/calendar/)
  const calendar = new ICAL.Component(ICAL.parse(await response.text()))
  return calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('uid')))
}

test('an event has one UID in its own files and in every feed, in both languages', async ({ request }) => {
  const uid = `event-${ids.upcoming}@${uidHost}`
  const files = [
    `/it/calendar/events/${ids.upcoming}.ics`,
    `/en/calendar/events/${ids.upcoming}.ics`,
    '/it/calendar.ics',
    '/en/calendar.ics',
    `/it/calendar/spaces/${spaceSlug}.ics`,
    `/en/calendar/spaces/${spaceSlug}.ics`,
  ]
  for (const file of files) expect(await uids(request, file), file).toContain(uid)
  expect(await uids(request, `/it/calendar/events/${ids.upcoming}.ics`)).toEqual([uid])
  for (const locale of ['it', 'en'] as const) {
    const json = (await (await request.get(`/${locale}/calendar/spaces/${spaceSlug}.json`)).json()) as { events: { id: number; ics: string }[] }
    const listed = json.events.find((item) => item.id === ids.upcoming)
    expect(listed?.ics).toMatch(new RegExp(`/${locale}/calendar/events/${ids.upcoming}\\.ics$`))
  }
})

test('the feeds keep an event that started 89 days ago and drop one that started 91 days ago', async ({ request }) => {
  for (const file of ['/it/calendar.ics', '/en/calendar.ics', `/it/calendar/spaces/${spaceSlug}.ics`, `/en/calendar/spaces/${spaceSlug}.ics`]) {
    const listed = await uids(request, file)
    expect(listed, file).toContain(`event-${ids.day89}@${uidHost}`)
    expect(listed, file).not.toContain(`event-${ids.day91}@${uidHost}`)
  }
  for (const locale of ['it', 'en'] as const) {
    const json = (await (await request.get(`/${locale}/calendar/spaces/${spaceSlug}.json`)).json()) as { events: { id: number }[] }
    const listed = json.events.map((item) => item.id)
    expect(listed).toContain(ids.day89)
    expect(listed).not.toContain(ids.day91)
  }
  // Its own file is still there: only the feeds are windowed.
  expect(await uids(request, `/it/calendar/events/${ids.day91}.ics`)).toEqual([`event-${ids.day91}@${uidHost}`])
})
