import { expect, test } from '@playwright/test'
import { E2E_PORT } from '../../playwright.config'
import { type RateLimitName, rateLimits } from '../../src/lib/rateLimit/limits'
import { type ExtraServer, startExtraServer } from './setup/extraServer'

// The real allowances, scaled down so that a test reaches them quickly, on a server of its own.
const scale = 0.1
const allowance = (name: RateLimitName) => Math.max(1, Math.round(rateLimits[name].points * scale))
let server: ExtraServer

test.beforeAll(async () => {
  test.setTimeout(180_000)
  server = await startExtraServer(E2E_PORT + 2, { RATE_LIMIT_SCALE: String(scale) })
})
test.afterAll(async () => server?.stop())

/** Each test is a client of its own (the last X-Forwarded-For entry is the client's address). */
const client = (n: number) => ({ 'x-forwarded-for': `10.12.0.${n}` })

async function exhaust(name: RateLimitName, request: () => Promise<Response>) {
  for (let i = 0; i < allowance(name); i++) expect((await request()).status, `${name} request ${i + 1}`).not.toBe(429)
  const limited = await request()
  expect(limited.status, name).toBe(429)
  expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0)
  return limited
}

test('login attempts per client', async () => {
  const login = () =>
    fetch(`${server.origin}/api/users/login`, {
      method: 'POST',
      headers: { ...client(1), 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong-password' }),
    })
  const limited = await exhaust('login', login)
  expect(((await limited.json()) as { errors: unknown[] }).errors.length).toBe(1)
})

test('password reset requests per client', async () => {
  const reset = () =>
    fetch(`${server.origin}/api/users/forgot-password`, {
      method: 'POST',
      headers: { ...client(2), 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'nobody@example.com' }),
    })
  await exhaust('passwordReset', reset)
})

test('searches per client, and another client is not affected', async () => {
  await exhaust('search', () => fetch(`${server.origin}/it/cerca?q=spazi`, { headers: client(3) }))
  expect((await fetch(`${server.origin}/en/search?q=events`, { headers: client(4) })).status).toBe(200)
})

test('preview-card images per client', async () => {
  const { docs } = (await (await fetch(`${server.origin}/api/events?limit=1&depth=0`, { headers: client(5) })).json()) as { docs: { id: number }[] }
  await exhaust('og', () => fetch(`${server.origin}/it/og/event-${docs[0].id}.png`, { headers: client(6) }))
})

test('API requests per client (uploaded files excepted)', async () => {
  await exhaust('api', () => fetch(`${server.origin}/api/posts?limit=1&depth=0`, { headers: client(7) }))
  const graphql = await fetch(`${server.origin}/api/graphql`, {
    method: 'POST',
    headers: { ...client(7), 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ Posts(limit: 1) { docs { id } } }' }),
  })
  expect(graphql.status).toBe(429)
})

test('form submissions per client, refused in the page’s language', async () => {
  const submit = () =>
    fetch(`${server.origin}/next/form/it`, {
      method: 'POST',
      headers: { ...client(9), 'content-type': 'application/x-www-form-urlencoded' },
      body: '_form=1&_page=contatti',
      redirect: 'manual',
    })
  const limited = await exhaust('form', submit)
  expect(await limited.text()).toContain('Troppi invii')
})

test('registration and cancel-link posts per client, refused in the visitor’s language', async () => {
  const post = (path: string, body: string) => () =>
    fetch(`${server.origin}${path}`, { method: 'POST', redirect: 'manual', headers: { ...client(20), 'content-type': 'application/x-www-form-urlencoded' }, body })
  const limited = await exhaust('registration', post('/it/registration', 'event=999999&name=A&email=a%40b.it&people=1&consent=on'))
  expect(await limited.text()).toContain('Troppi tentativi')
  const cancel = await exhaust('registrationCancel', post('/en/registration/cancellation', 't=1.x'))
  expect(await cancel.text()).toContain('Too many attempts')
})
