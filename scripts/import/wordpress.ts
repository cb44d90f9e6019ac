/**
 * npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads>] [--term-names <file.json>] [--dry-run]
 *
 * Imports a WordPress + qTranslate export into the database DATABASE_URL points at (pending migrations applied first).
 * --term-names takes qTranslate's term-name option as JSON (`wp option get qtranslate_term_name --format=json`).
 */
import { existsSync, readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { z } from 'zod'
import { applyMigrations } from '../../src/db/applyMigrations'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { uploads: { type: 'string' }, 'term-names': { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
})

const existing = (what: string) => z.string().refine((file) => existsSync(file), { message: `${what} not found` })
const args = z
  .object({
    file: existing('export file'),
    uploads: existing('uploads directory').optional(),
    termNames: existing('term names file').optional(),
    dryRun: z.boolean(),
  })
  .safeParse({ file: positionals[0], uploads: values.uploads, termNames: values['term-names'], dryRun: values['dry-run'] })
if (!args.success) {
  console.error(`Usage: npm run import:wordpress -- <export.xml> [--uploads <dir>] [--term-names <file.json>] [--dry-run]\n${z.prettifyError(args.error)}`)
  process.exit(2)
}

const termNames = z.record(z.string(), z.record(z.string(), z.string()))
const { importWordpress } = await import('../../src/import/wordpress/importWordpress')
const { formatReport } = await import('../../src/import/wordpress/report')
const { WxrSyntaxError } = await import('../../src/import/wordpress/wxrReader')
const { default: config } = await import('../../payload.config')
const payload = await getPayload({ config })

/** The import ran with revalidation off: a site already running is told once, at the end. */
async function refreshRunningSite() {
  const { expireOverHttp } = await import('../../src/collections/shared/expireOverHttp')
  const { cacheTag } = await import('../../src/lib/cms/read/cacheTags')
  const sources = ['posts', 'media', 'categories', 'tags', 'users'] as const
  await expireOverHttp(sources.map(cacheTag)).then(
    () => console.log('The running site now shows the import.'),
    () => console.log('No running site answered (NEXT_PUBLIC_SERVER_URL): a site started later reads the import from the database.'),
  )
}
let exitCode = 0
try {
  // The schema the importer writes to: a fresh database is migrated first, as `npm start` would.
  if (!args.data.dryRun) await applyMigrations(payload)
  const started = Date.now()
  const report = await importWordpress(payload, {
    file: args.data.file,
    uploadsDir: args.data.uploads,
    dryRun: args.data.dryRun,
    termNames: args.data.termNames ? termNames.parse(JSON.parse(readFileSync(args.data.termNames, 'utf8'))) : undefined,
    log: (line) => console.log(line),
  })
  console.log(`\n${formatReport(report)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)
  if (!args.data.dryRun) await refreshRunningSite()
} catch (error) {
  if (!(error instanceof WxrSyntaxError)) throw error
  console.error(`The export is not valid XML, nothing was imported: ${error.message}`)
  exitCode = 1
} finally {
  await payload.destroy()
}
process.exit(exitCode)
