import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { type APIRequestContext, expect, test } from '@playwright/test'
import ICAL from 'ical.js'
import { eventsData } from '../../src/seed/content/events/data'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { demoEditor } from './setup/demoAccounts'

/**
 * What a partner space does with a shared event: the seeded Fano meetup (hosted by Warehouse with
 * Re-Place as partner) through its short link, calendar file, feeds, preview card and widget.
 */
const { fanoMeetup } = eventsData(new Date())
const meetupPath = { it: `/it/eventi/${fanoMeetup.it.slug}`, en: `/en/events/${fanoMeetup.en.slug}` }

let staff: APIRequestContext
let meetupId: number
const created: number[] = []

test.beforeAll(async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  const login = await anonymous.post('/api/users/login', { data: demoEditor })
  const { token } = (await login.json()) as { token: string }
  staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
  const found = await anonymous.get(`/api/events?locale=it&where[slug][equals]=${fanoMeetup.it.slug}&depth=0`)
  meetupId = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
})

test.afterAll(async () => {
  for (const id of created) await staff.delete(`/api/events/${id}`)
})

test('a short link lands on the event in the visitor’s language, even after its slug changed', async ({ browser, baseURL }) => {
  const title = `Serata condivisa ${Date.now()}`
  const response = await staff.post('/api/events?locale=it', {
    data: { title, slug: '', start: '2031-05-10T16:00:00.000Z', start_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
  })
  const event = ((await response.json()) as { doc: { id: number; slug: string } }).doc
  created.push(event.id)
  await staff.patch(`/api/events/${event.id}?locale=en`, { data: { title: `Shared evening ${event.id}`, _status: 'published' } })

  const italian = await browser.newContext({ baseURL, locale: 'it-IT' })
  const page = await italian.newPage()
  await page.goto(`/e/${event.id}`)
  await expect(page).toHaveURL(`${baseURL}/it/eventi/${event.slug}`)

  const newSlug = `serata-condivisa-nuova-data-${event.id}`
  const renamed = await staff.patch(`/api/events/${event.id}?locale=it`, { data: { title: `${title} (nuova data)`, slug: newSlug, _status: 'published' } })
  expect(renamed.ok()).toBe(true)
  await page.goto(`/e/${event.id}`)
  await expect(page).toHaveURL(`${baseURL}/it/eventi/${newSlug}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${title} (nuova data)`)

  // The cookie of a visitor who chose English wins over the browser's Italian.
  await italian.addCookies([{ name: 'NEXT_LOCALE', value: 'en', url: baseURL as string }])
  await page.goto(`/e/${event.id}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Shared evening ${event.id}`)
  await italian.close()

  const english = await browser.newContext({ baseURL, locale: 'en-GB' })
  const englishPage = await english.newPage()
  await englishPage.goto(`/e/${event.id}`)
  await expect(englishPage).toHaveURL(new RegExp(`/en/events/shared-evening-${event.id}$`))
  await english.close()
})

test('a post’s short link leads to the post in the visitor’s language', async ({ browser, baseURL }) => {
  const anonymous = await browser.newContext({ baseURL, locale: 'en-GB' })
  const found = await anonymous.request.get(`/api/posts?locale=it&where[slug][equals]=${collaboratorioPost.it.slug}&depth=0`)
  const postId = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
  const page = await anonymous.newPage()
  await page.goto(`/p/${postId}`)
  await expect(page).toHaveURL(`${baseURL}/en/blog/${collaboratorioPost.en.slug}`)
  expect((await anonymous.request.get('/p/999999', { maxRedirects: 0 })).status()).toBe(404)
  expect((await anonymous.request.get('/e/abc', { maxRedirects: 0 })).status()).toBe(404)
  await anonymous.close()
})

test('the event page downloads a calendar file that a calendar parser reads', async ({ page }) => {
  await page.goto(meetupPath.it)
  const share = page.getByRole('region', { name: 'Calendario e condivisione' })
  const download = page.waitForEvent('download')
  await share.getByRole('link', { name: 'Scarica il file .ics' }).click()
  const file = await (await download).path()
  const calendar = new ICAL.Component(ICAL.parse(await readFile(file, 'utf8')))
  expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Rome')
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  const event = new ICAL.Event(vevent)
  expect(event.uid).toBe(`event-${meetupId}@127.0.0.1`)
  expect(event.summary).toBe(fanoMeetup.it.title)
  expect([event.startDate.hour, event.startDate.minute]).toEqual([18, 0])
  expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Rome')
  expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Warehouse Coworking Factory')
  expect(vevent.getAllProperties('contact').map((contact) => contact.getFirstValue())).toEqual(['Re-Place'])

  const google = new URL((await share.getByRole('link', { name: 'Aggiungi a Google Calendar' }).getAttribute('href')) ?? '')
  expect(google.hostname).toBe('calendar.google.com')
  expect(google.searchParams.get('text')).toBe(fanoMeetup.it.title)
  expect(google.searchParams.get('ctz')).toBe('Europe/Rome')
  const outlook = new URL((await share.getByRole('link', { name: 'Aggiungi a Outlook' }).getAttribute('href')) ?? '')
  expect(outlook.searchParams.get('subject')).toBe(fanoMeetup.it.title)
})

test('the copy button puts the permanent link on the clipboard, and the link leads back', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL })
  await page.goto(meetupPath.en)
  const share = page.getByRole('region', { name: 'Calendar and sharing' })
  await share.getByRole('button', { name: 'Copy the link' }).click()
  await expect(share.getByRole('status')).toHaveText('Link copied')
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(`${baseURL}/e/${meetupId}`)
  await page.goto(copied)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fanoMeetup.en.title)
})

test('the preview card is a 1200×630 PNG in both languages, named by the page', async ({ request }) => {
  for (const locale of ['it', 'en'] as const) {
    const html = await (await request.get(meetupPath[locale])).text()
    const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1]
    expect(image).toMatch(new RegExp(`/${locale}/og/event-${meetupId}\\.png$`))
    expect(html).toContain(`<meta name="twitter:image" content="${image}"`)
    const png = await request.get(new URL(image as string).pathname)
    expect(png.headers()['content-type']).toBe('image/png')
    const bytes = await png.body()
    expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630])
  }
})

/** The seeded start as Rome's wall clock with the offset Rome had on that day ("2030-01-10T18:00:00+01:00"). */
function romeIso(instant: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Rome',
    timeZoneName: 'longOffset',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const part = (type: string) => parts.find((p) => p.type === type)?.value
  return `${part('year')}-${part('month')}-${part('day')}T${part('hour')}:${part('minute')}:${part('second')}${part('timeZoneName')?.replace('GMT', '')}`
}

test('the event page carries Event JSON-LD with Rome’s offset', async ({ page, request }) => {
  const { start } = (await (await request.get(`/api/events/${meetupId}?depth=0`)).json()) as { start: string }
  const expected = romeIso(start)
  expect(expected).toMatch(/T18:00:00\+0[12]:00$/)
  await page.goto(meetupPath.en)
  const json = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}')
  expect(json['@type']).toBe('Event')
  expect(json.name).toBe(fanoMeetup.en.title)
  expect(json.startDate).toBe(expected)
  expect(json.organizer.map((space: { name: string }) => space.name)).toEqual(['Warehouse Coworking Factory', 'Re-Place'])
})

test('a partner subscribes to its feed from its page and reads the JSON from another site', async ({ page, request }) => {
  await page.goto('/it/spazi/re-place')
  const subscribe = page.getByRole('link', { name: 'Iscriviti al calendario' })
  await expect(subscribe).toHaveAttribute('href', /^webcal:\/\/127\.0\.0\.1:\d+\/it\/calendar\/spaces\/re-place\.ics$/)
  const feed = await request.get('/it/calendar/spaces/re-place.ics')
  expect(feed.headers()['content-type']).toContain('text/calendar')
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()))
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Eventi con Re-Place · Warehouse Coworking Factory')
  const uids = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('uid'))
  expect(uids).toContain(`event-${meetupId}@127.0.0.1`)

  const json = await request.get('/en/calendar/spaces/re-place.json', { headers: { Origin: 'https://partner.example' } })
  expect(json.headers()['access-control-allow-origin']).toBe('*')
  const body = (await json.json()) as { events: { id: number; title: string; start: string }[] }
  expect(body.events.find((event) => event.id === meetupId)?.title).toBe(fanoMeetup.en.title)
  const preflight = await request.fetch('/en/calendar/spaces/re-place.json', { method: 'OPTIONS', headers: { Origin: 'https://partner.example', 'Access-Control-Request-Method': 'GET' } })
  expect(preflight.status()).toBe(204)
  expect(preflight.headers()['access-control-allow-origin']).toBe('*')
})

test('the events list offers the whole calendar of its language: upcoming and recent, nothing older', async ({ page, request }) => {
  await page.goto('/en/events')
  await expect(page.getByRole('link', { name: 'Subscribe to the events calendar' })).toHaveAttribute('href', /^webcal:\/\/.+\/en\/calendar\.ics$/)
  const calendar = new ICAL.Component(ICAL.parse(await (await request.get('/en/calendar.ics')).text()))
  expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Events · Warehouse Coworking Factory')
  const titles = calendar.getAllSubcomponents('vevent').map((vevent) => vevent.getFirstPropertyValue('summary'))
  expect(titles).toContain(fanoMeetup.en.title)
  expect(titles).not.toContain(eventsData(new Date()).collaboratorio.en.title)
})

test('another site can frame the widget but not the other pages', async ({ page, request, baseURL }) => {
  const widget = await request.get('/it/embed/re-place?accent=0055aa')
  expect(widget.headers()['content-security-policy']).toContain('frame-ancestors *')
  expect(widget.headers()['set-cookie']).toBeUndefined()
  expect((await request.get(meetupPath.it)).headers()['content-security-policy']).toContain("frame-ancestors 'self'")

  // A partner's page on another origin: a second little server (localhost, where the site is 127.0.0.1).
  const partner = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html')
    response.end(`<!doctype html><title>Partner</title>
      <iframe id="widget" title="widget" src="${baseURL}/it/embed/re-place"></iframe>
      <iframe id="page" title="page" src="${baseURL}${meetupPath.it}"></iframe>`)
  })
  await new Promise<void>((resolve) => partner.listen(0, '127.0.0.1', resolve))
  const { port } = partner.address() as AddressInfo
  try {
    const refused = page.waitForEvent('requestfailed', (failed) => failed.url().endsWith(meetupPath.it))
    const violation = page.waitForEvent('console', (message) => message.text().includes("frame-ancestors 'self'"))
    await page.goto(`http://localhost:${port}/news`)
    await expect(page.frameLocator('#widget').getByRole('heading', { name: 'Eventi con Re-Place' })).toBeVisible()
    await expect(page.frameLocator('#widget').getByRole('link', { name: fanoMeetup.it.title })).toBeVisible()
    expect((await refused).failure()?.errorText).toBe('net::ERR_BLOCKED_BY_RESPONSE')
    await violation
    await expect(page.frameLocator('#page').getByRole('heading', { name: fanoMeetup.it.title })).toHaveCount(0)
  } finally {
    partner.close()
  }
})
