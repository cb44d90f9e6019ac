import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { E2E_PORT } from '../../playwright.config'
import { createDatabase } from '../../src/db/databases'
import { type RunningPostgres, startEmbeddedPostgres } from '../../src/db/embeddedPostgres'
import { runScript } from '../support/run'
import { type ExtraServer, startExtraServer } from './setup/extraServer'

// A PostgreSQL of this test's own, stopped and started again under a running app.
const postgresPort = E2E_PORT + 3
let dataDir: string
let postgres: RunningPostgres
let server: ExtraServer
let databaseUrl: string

test.beforeAll(async () => {
  test.setTimeout(240_000)
  dataDir = await mkdtemp(path.join(os.tmpdir(), 'coworking-outage-pg-'))
  postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort, persistent: true })
  databaseUrl = await createDatabase(postgres.serverUrl, 'outage')
  const env = { ...process.env, DATABASE_URL: databaseUrl, PAYLOAD_SECRET: 'outage-secret-outage-secret-outage-secret', NEXT_TELEMETRY_DISABLED: '1' }
  // Migrations only: the outage is tested on an empty site (an error page needs no content).
  await runScript('scripts/db/migrateAndSeed.ts', [], { env })
  server = await startExtraServer(E2E_PORT + 4, { DATABASE_URL: databaseUrl, MEDIA_DIR: path.join(dataDir, 'media') })
})

test.afterAll(async () => {
  await server?.stop()
  await postgres?.stop().catch(() => {})
  if (dataDir) await rm(dataDir, { recursive: true, force: true })
})

// A search nobody made before is read from the database, never from a cache.
let n = 0
const search = (locale: 'it' | 'en') => fetch(`${server.origin}/${locale}/${locale === 'it' ? 'cerca' : 'search'}?q=prova${Date.now()}${n++}`, { redirect: 'manual' })

test('a stopped database gives a localized 503 with Retry-After, and the app recovers by itself', async () => {
  test.setTimeout(120_000)
  expect((await search('it')).status).toBe(200)

  await postgres.stop()
  // The app asks the database at most once a second whether it answers.
  await new Promise((resolve) => setTimeout(resolve, 1_100))
  for (const [locale, title] of [['it', 'Sito momentaneamente non disponibile'], ['en', 'The site is briefly unavailable']] as const) {
    const response = await search(locale)
    expect(response.status, locale).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    const html = await response.text()
    expect(html).toContain(`lang="${locale}"`)
    expect(html).toContain(title)
  }
  // The REST API says so too, as JSON.
  const api = await fetch(`${server.origin}/api/posts?limit=1`)
  expect(api.status).toBe(503)
  expect(api.headers.get('content-type')).toContain('application/json')

  postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort, persistent: true })
  await expect.poll(async () => (await search('it')).status, { timeout: 30_000 }).toBe(200)
  expect((await search('en')).status).toBe(200)
})

// A returning visitor's locale cookie skips the proxy (src/proxy.ts): the page itself finds the
// database gone. A slug nobody asked for before is never in the render cache.
const returning = (locale: 'it' | 'en') =>
  fetch(`${server.origin}/${locale}/blog/prova-${Date.now()}-${n++}`, { redirect: 'manual', headers: { cookie: `NEXT_LOCALE=${locale}` } })

test('a returning visitor (locale cookie) gets the same localized 503 on an uncached page, at once', async () => {
  test.setTimeout(120_000)
  await expect.poll(async () => (await returning('it')).status, { timeout: 30_000 }).toBe(404)

  await postgres.stop()
  // No wait for the health probe: the failed read itself marks the database down.
  for (const [locale, title] of [['it', 'Sito momentaneamente non disponibile'], ['en', 'The site is briefly unavailable']] as const) {
    const response = await returning(locale)
    expect(response.status, locale).toBe(503)
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    const html = await response.text()
    expect(html).not.toContain('__next_error__')
    expect(html).toContain(`lang="${locale}"`)
    expect(html).toContain(title)
  }

  postgres = await startEmbeddedPostgres({ dataDir, port: postgresPort, persistent: true })
  await expect.poll(async () => (await returning('it')).status, { timeout: 30_000 }).toBe(404)
  expect((await returning('en')).status).toBe(404)
})
