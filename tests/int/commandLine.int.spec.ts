import { mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { demoAccounts, demoPassword } from '@/seed/demoAccounts'
import { runTsx, type CommandResult } from './helpers/runCommand'
import { testPayload } from './setup/payload'

// Ports of this branch's range (see the task): one to occupy, one for an embedded server.
const TAKEN_PORT = 3222
const EMBEDDED_PORT = 3226
const unreachable = 'postgres://postgres@127.0.0.1:1/coworking'
const secret = 'cli-test-secret-cli-test-secret-cli-test-0'

/** What a command printed on failure: exactly one sentence, no stack trace, and exit code 1. */
const failure = (result: CommandResult) => {
  expect(result.code, result.stdout + result.stderr).toBe(1)
  expect(result.stderr, 'no stack trace without --verbose').not.toMatch(/\n\s+at /)
  return result.stderr.trim()
}

describe('the command line, when something is wrong', () => {
  it('says which database it cannot reach, for seed, import:wordpress, backup and start', async () => {
    const env = { DATABASE_URL: unreachable, PAYLOAD_SECRET: secret, PORT: '3224' }
    const sentence = 'Cannot reach the database at 127.0.0.1:1: start PostgreSQL there, or set DATABASE_URL to a server that runs.'
    const results = await Promise.all([
      runTsx('scripts/db/migrateAndSeed.ts', [], env),
      runTsx('scripts/import/wordpress.ts', ['tests/fixtures/wordpress/e2e-export.xml'], env),
      runTsx('scripts/backup/backup.ts', ['--out', path.join(os.tmpdir(), 'never.tar.gz')], env),
      runTsx('scripts/start.ts', [], env),
    ])
    for (const result of results) expect(failure(result)).toBe(sentence)
  }, 300_000)

  it('shows the stack trace with --verbose', async () => {
    const result = await runTsx('scripts/db/migrateAndSeed.ts', ['--verbose'], { DATABASE_URL: unreachable, PAYLOAD_SECRET: secret })
    expect(result.code).toBe(1)
    expect(result.stderr).toMatch(/Cannot reach the database at 127\.0\.0\.1:1/)
    expect(result.stderr).toMatch(/\n\s+at /)
  }, 120_000)

  it('names a missing file, for import:wordpress and restore', async () => {
    const env = { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: secret }
    const [importing, restoring] = await Promise.all([
      runTsx('scripts/import/wordpress.ts', ['no/such/export.xml'], env),
      runTsx('scripts/backup/restore.ts', ['no/such/backup.tar.gz'], env),
    ])
    expect(failure(importing)).toMatch(/^The export file no\/such\/export\.xml does not exist: check the path \(Usage: npm run import:wordpress -- /)
    expect(failure(restoring)).toBe('The archive no/such/backup.tar.gz does not exist: check the path.')
  }, 120_000)

  it('says where a malformed export breaks, importing nothing', async () => {
    const file = path.join(await mkdtemp(path.join(os.tmpdir(), 'cli-')), 'broken.xml')
    await writeFile(file, '<?xml version="1.0"?>\n<rss><channel><item><title>Rotto</titel></item></channel></rss>\n')
    const result = await runTsx('scripts/import/wordpress.ts', [file], { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: secret })
    expect(failure(result)).toMatch(/^The export .*broken\.xml is not valid XML, nothing was imported: .*\(line 2, column \d+\)\.$/)
  }, 300_000)

  it('says the web port is taken', async () => {
    const blocker = net.createServer()
    await new Promise<void>((resolve) => blocker.listen(TAKEN_PORT, resolve))
    try {
      const result = await runTsx('scripts/start.ts', [], { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: secret, PORT: String(TAKEN_PORT) })
      expect(failure(result)).toBe(`Port ${TAKEN_PORT} is already in use, so the site cannot start there: stop what listens on it, or choose another port with PORT=…`)
    } finally {
      blocker.close()
    }
  }, 120_000)

  it('says the embedded PostgreSQL of this folder is already running', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'cli-start-'))
    await mkdir(path.join(folder, '.data/postgres'), { recursive: true })
    // A live process owns the data folder: this test's own.
    await writeFile(path.join(folder, '.data/postgres/postmaster.pid'), `${process.pid}\n${folder}/.data/postgres\n`)
    const result = await runTsx(path.resolve('scripts/start.ts'), [], { DATABASE_URL: undefined, PAYLOAD_SECRET: secret, PORT: '3227', EMBEDDED_POSTGRES_PORT: String(EMBEDDED_PORT) }, 120_000, folder)
    expect(failure(result)).toBe(
      `The embedded PostgreSQL for this folder (.data/postgres) is already running (process ${process.pid}): stop the other \`npm start\` first (Ctrl+C in its terminal), or use another folder.`,
    )
  }, 120_000)
})

describe('demo accounts in production', () => {
  let payload: Payload
  const byEmail = { email: { equals: demoAccounts.editor.email } }
  const production = () => ({ NODE_ENV: 'production', NEXT_RUNTIME: 'nodejs', DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: secret })

  beforeAll(async () => {
    payload = await testPayload()
    await payload.delete({ collection: 'users', where: byEmail })
    await payload.create({ collection: 'users', data: { ...demoAccounts.editor, password: demoPassword } })
  }, 120_000)

  afterAll(async () => {
    await payload?.delete({ collection: 'users', where: byEmail })
  })

  it('stop the server from starting, saying how to fix it, until they are locked', async () => {
    const refused = await runTsx('tests/int/helpers/runStartupChecks.ts', [], production())
    expect(refused.code).toBe(1)
    expect(refused.stderr.trim()).toBe(
      'The demo account editor@example.com still signs in with the published demo password: lock them with `npm run seed -- --lock-demo-accounts` (DATABASE_URL set to this database; they get random passwords), or set SEED_DEMO=true if this server is only a demo. The server will not start until then.',
    )
    expect(refused.stdout).not.toContain('start-up checks passed')

    const demoSite = await runTsx('tests/int/helpers/runStartupChecks.ts', [], { ...production(), SEED_DEMO: 'true' })
    expect(demoSite.stdout).toContain('start-up checks passed')

    const locked = await runTsx('scripts/db/migrateAndSeed.ts', ['--lock-demo-accounts'], { DATABASE_URL: inject('databaseUrl'), PAYLOAD_SECRET: secret })
    expect(locked.stdout).toContain('Locked (random passwords): editor@example.com.')
    const started = await runTsx('tests/int/helpers/runStartupChecks.ts', [], production())
    expect(started.stdout).toContain('start-up checks passed')
  }, 600_000)

  it('are never seeded with NODE_ENV=production', async () => {
    const result = await runTsx('scripts/db/migrateAndSeed.ts', ['--demo'], { ...production(), NEXT_RUNTIME: undefined })
    expect(failure(result)).toBe(
      'The demo content and its accounts are never loaded with NODE_ENV=production: leave out --demo and SEED_DEMO=true, or run against a development database.',
    )
  }, 120_000)
})
