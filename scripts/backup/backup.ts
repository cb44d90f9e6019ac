/**
 * `npm run backup -- [--out <file.tar.gz>] [--no-media] [--verbose]`: one archive with the database
 * (a logical dump through `pg`, no pg_dump needed) and the uploaded media. Default file:
 * backups/coworking-<date>-<time>.tar.gz. Restore with `npm run restore -- <file>`.
 */
import { mkdir, mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import * as tar from 'tar'
import { getEnv } from '../../src/config/env'
import { CliError, runCli } from '../lib/cli'
import { prepareCliEnvironment } from '../lib/cliEnvironment'
import { dumpDatabase } from './databaseDump'
import { MANIFEST, type Manifest } from './manifest'
import { configuredMediaStore } from './mediaStore'

const { values } = parseArgs({ options: { out: { type: 'string' }, 'no-media': { type: 'boolean' }, verbose: { type: 'boolean' } } })
const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '').replace('T', '-')
const out = path.resolve(values.out ?? `backups/coworking-${stamp}.tar.gz`)

await runCli(async () => {
  const started = Date.now()
  await prepareCliEnvironment()
  const media = values['no-media'] ? undefined : configuredMediaStore()
  await mkdir(path.dirname(out), { recursive: true }).catch(() => {
    throw new CliError(`Cannot create the folder ${path.dirname(out)} for the archive: choose another place with --out.`)
  })
  const staging = await mkdtemp(path.join(os.tmpdir(), 'coworking-backup-'))
  try {
    await mkdir(path.join(staging, 'db'))
    const database = await dumpDatabase(getEnv().DATABASE_URL, (table) => path.join(staging, 'db', `${table}.copy`))
    for (const table of database.tables) table.file = path.relative(staging, table.file)
    const mediaCount = media ? await media.exportTo(path.join(staging, 'media')) : { files: 0, bytes: 0 }
    const manifest: Manifest = { format: 1, createdAt: new Date().toISOString(), database, media: { included: Boolean(media), ...mediaCount } }
    await writeFile(path.join(staging, MANIFEST), JSON.stringify(manifest, null, 2))
    const partial = `${out}.partial`
    await tar.c({ gzip: true, file: partial, cwd: staging, portable: true }, [MANIFEST, 'db', ...(media ? ['media'] : [])])
    await rename(partial, out)
    const rows = database.tables.reduce((sum, table) => sum + table.rows, 0)
    const size = (await stat(out)).size
    console.log(
      `Backup written: ${out} (${size < 1e6 ? `${Math.ceil(size / 1e3)} kB` : `${(size / 1e6).toFixed(1)} MB`}; ${rows} rows in ${database.tables.length} tables, ` +
        `${media ? `${mediaCount.files} media files from ${media.description}` : 'no media'}; PostgreSQL ${database.serverVersion}) in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    )
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
})
