/**
 * `npm run restore -- <archive.tar.gz> [--verbose]`: brings a backup back into the EMPTY database
 * DATABASE_URL points at (created when missing) and the empty media folder: runs the migrations the
 * archive was made with, loads the rows, copies the media. The next start applies newer migrations.
 */
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Migration } from 'payload'
import * as tar from 'tar'
import { getEnv } from '../../src/config/env'
import { CliError, runCli } from '../lib/cli'
import { prepareCliEnvironment } from '../lib/cliEnvironment'
import { serverOf } from '../../src/db/reachable'
import { loadDatabase, publicTables } from './databaseLoad'
import { MANIFEST, manifestSchema, type Manifest } from './manifest'
import { configuredMediaStore } from './mediaStore'

const archive = process.argv.slice(2).find((arg) => !arg.startsWith('--'))

async function readArchive(file: string, into: string): Promise<Manifest> {
  try {
    await tar.x({ file, cwd: into, strict: true })
    return manifestSchema.parse(JSON.parse(await readFile(path.join(into, MANIFEST), 'utf8')))
  } catch (error) {
    throw new CliError(`${file} is not a backup archive of this site (${(error as Error).message.split('\n')[0]}): give the .tar.gz file \`npm run backup\` wrote.`, { cause: error })
  }
}

/** The code's migrations up to the archive's last one; the archive's must be exactly their start. */
async function migrationsOf(manifest: Manifest): Promise<Migration[]> {
  const { migrations } = await import('../../src/migrations')
  const names = migrations.map((migration) => migration.name)
  const archived = manifest.database.migrations
  if (archived.some((name, i) => names[i] !== name)) {
    throw new CliError(`The archive was made by a version of the site with other migrations (${archived.at(-1)}): restore it with that version (git checkout), then upgrade.`)
  }
  if (process.env.NODE_ENV === 'production' && archived.length !== names.length) {
    throw new CliError('The archive predates some migrations, which NODE_ENV=production would apply before the rows are loaded: run the restore without NODE_ENV=production.')
  }
  return migrations.slice(0, archived.length) as unknown as Migration[]
}

await runCli(async () => {
  const started = Date.now()
  if (!archive) throw new CliError('No archive given: npm run restore -- <backups/coworking-….tar.gz>')
  if (!existsSync(archive)) throw new CliError(`The archive ${archive} does not exist: check the path.`)
  await prepareCliEnvironment()
  const databaseUrl = getEnv().DATABASE_URL
  const staging = await mkdtemp(path.join(os.tmpdir(), 'coworking-restore-'))
  try {
    const manifest = await readArchive(archive, staging)
    const media = manifest.media.included ? configuredMediaStore() : undefined
    const { getPayload } = await import('payload')
    const { default: config } = await import('../../payload.config')
    const migrations = await migrationsOf(manifest)
    const tables = await publicTables(databaseUrl)
    const name = new URL(databaseUrl).pathname.slice(1)
    if (tables.length) {
      throw new CliError(`The database ${name} at ${serverOf(databaseUrl)} is not empty (${tables.length} tables): restore into an empty database (createdb ${name}_restored, then point DATABASE_URL at it).`)
    }
    if (media && !(await media.isEmpty())) throw new CliError(`The media folder (${media.description}) is not empty: point MEDIA_DIR at an empty folder, then restore again.`)
    // Payload creates the database when it is missing.
    const payload = await getPayload({ config })
    try {
      await payload.db.migrate({ migrations })
    } finally {
      await payload.destroy()
    }
    const rows = await loadDatabase(databaseUrl, manifest.database, (file) => path.join(staging, file))
    const mediaCount = media ? await media.importFrom(path.join(staging, 'media')) : undefined
    console.log(
      `Restored ${archive} (made ${manifest.createdAt}): ${rows} rows in ${manifest.database.tables.length} tables` +
        `${mediaCount ? `, ${mediaCount.files} media files into ${media?.description}` : ''} in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
})
