import { expect, test } from '@playwright/test'
import { E2E_PORT } from '../../playwright.config'
import { demoPages } from './setup/demoPages'
import { type ExtraServer, follow, startExtraServer } from './setup/extraServer'

// A server bound to 127.0.0.1 only, as behind a reverse proxy on the same host: visitors without
// cookies (crawlers, link-preview fetchers) used to get a 308 to the same address forever on every
// Italian page under a localized section name.
let server: ExtraServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startExtraServer(E2E_PORT + 1)
})
test.afterAll(async () => server?.stop())

const files = {
  feed: { it: '/it/feed.xml', en: '/en/feed.xml' },
  calendar: { it: '/it/calendar.ics', en: '/en/calendar.ics' },
  spaceCalendar: { it: '/it/calendar/spaces/lofoio.ics', en: '/en/calendar/spaces/lofoio.json' },
  widget: { it: '/it/embed/lofoio', en: '/en/embed/lofoio' },
}

for (const [type, byLocale] of Object.entries({ ...demoPages, ...files })) {
  for (const [locale, path] of Object.entries(byLocale)) {
    test(`${type} (${locale}) settles in at most one hop without cookies`, async () => {
      const { response, hops, loop } = await follow(`${server.origin}${path}`)
      expect(loop, `${path} loops`).toBeFalsy()
      expect(hops, `${path} redirects ${hops} times`).toBeLessThanOrEqual(1)
      expect(response.status).toBe(type === 'notFound' ? 404 : 200)
    })
  }
}

test('a trailing slash or an upper-case locale is one redirect to the canonical address', async () => {
  for (const [path, canonical] of [
    ['/it/', '/it'],
    ['/en/', '/en'],
    ['/it/blog/', '/it/blog'],
    ['/IT/', '/it'],
    ['/IT/eventi', '/it/eventi'],
    ['/it/eventi/', '/it/eventi'],
  ]) {
    const first = await fetch(`${server.origin}${path}`, { redirect: 'manual' })
    expect(first.status, path).toBe(308)
    expect(new URL(first.headers.get('location') ?? '', server.origin).pathname, path).toBe(canonical)
    const { hops, response } = await follow(`${server.origin}${path}`)
    expect(hops, path).toBe(1)
    expect(response.status, path).toBe(200)
  }
  const unknown = await follow(`${server.origin}/qzq/`)
  expect(unknown.loop).toBeFalsy()
  expect(unknown.response.status).toBe(404)
})
