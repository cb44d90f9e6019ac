import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '@/db/databases'
import { runTsx, type CommandResult } from './helpers/runCommand'

const serverUrl = inject('databaseUrl')
const work = await mkdtemp(path.join(os.tmpdir(), 'backup-test-'))
const source = { name: uniqueDatabaseName('coworking_backup_src'), media: path.join(work, 'media-source') }
const target = { name: uniqueDatabaseName('coworking_backup_dst'), media: path.join(work, 'media-restored') }
const archive = path.join(work, 'site.tar.gz')
const env = (site: typeof source, url: string) => ({ DATABASE_URL: url, MEDIA_DIR: site.media, PAYLOAD_SECRET: 'backup-test-secret-backup-test-secret-01', NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:9' })
let sourceUrl: string
let targetUrl: string

const ok = (result: CommandResult) => {
  expect(result.code, `${result.stdout}\n${result.stderr}`).toBe(0)
  return result
}
const contentOf = async (url: string, site: typeof source) => {
  const file = path.join(work, `${path.basename(site.media)}.json`)
  ok(await runTsx('tests/int/helpers/printPublicContent.ts', [file], env(site, url)))
  return JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown[]>
}
const filesOf = async (dir: string) => {
  const names = (await readdir(dir, { recursive: true })).sort()
  return Promise.all(names.map(async (name) => `${name} ${createHash('sha256').update(await readFile(path.join(dir, name))).digest('hex')}`))
}

beforeAll(async () => {
  sourceUrl = await createDatabase(serverUrl, source.name)
  targetUrl = await createDatabase(serverUrl, target.name)
  ok(await runTsx('scripts/db/migrateAndSeed.ts', ['--demo'], env(source, sourceUrl)))
}, 600_000)

afterAll(async () => {
  await dropDatabase(serverUrl, source.name)
  await dropDatabase(serverUrl, target.name)
  await rm(work, { recursive: true, force: true })
})

describe('npm run backup / npm run restore', () => {
  it('backs up the demo site into one archive and restores it into a fresh database, serving the same content', async () => {
    const backup = ok(await runTsx('scripts/backup/backup.ts', ['--out', archive], env(source, sourceUrl)))
    expect(backup.stdout).toMatch(/Backup written: .*site\.tar\.gz/)
    expect((await stat(archive)).size).toBeGreaterThan(10_000)

    const restore = ok(await runTsx('scripts/backup/restore.ts', [archive], env(target, targetUrl)))
    expect(restore.stdout).toMatch(/Restored .* rows in \d+ tables, \d+ media files/)

    const [before, after] = [await contentOf(sourceUrl, source), await contentOf(targetUrl, target)]
    expect(before['posts.it'].length).toBeGreaterThan(0)
    expect(before['events.en'].length).toBeGreaterThan(0)
    expect(before.media.length).toBeGreaterThan(0)
    expect(after).toEqual(before)
    expect(await filesOf(target.media)).toEqual(await filesOf(source.media))
  }, 900_000)

  it('refuses to restore into a database that is not empty, with one sentence', async () => {
    const again = await runTsx('scripts/backup/restore.ts', [archive], env({ ...target, media: path.join(work, 'unused') }, targetUrl))
    expect(again.code).toBe(1)
    expect(again.stderr.trim()).toMatch(/^The database coworking_backup_dst_\w+ at [\w.]+:\d+ is not empty \(\d+ tables\): restore into an empty database/)
    expect(again.stderr).not.toMatch(/\n\s+at /)
    expect(existsSync(path.join(work, 'unused'))).toBe(false)
  }, 300_000)

  it('refuses a file that is not an archive of this site', async () => {
    const result = await runTsx('scripts/backup/restore.ts', [path.resolve('package.json')], env(target, targetUrl))
    expect(result.code).toBe(1)
    expect(result.stderr.trim()).toMatch(/package\.json is not a backup archive of this site .*: give the \.tar\.gz file `npm run backup` wrote\.$/)
  }, 300_000)
})
