/**
 * npm run import:wordpress -- <export.xml> [--uploads <wp-content/uploads>] [--term-names <file.json>] [--dry-run] [--verbose]
 *
 * Imports a WordPress + qTranslate export into the database DATABASE_URL points at (pending migrations applied first).
 * --term-names takes qTranslate's term-name option as JSON (`wp option get qtranslate_term_name --format=json`).
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { CliError, runCli } from '../lib/cli'
import { prepareCliEnvironment } from '../lib/cliEnvironment'
import { assertLexicalResolvesToItsBuild } from '../lib/lexicalConditions'

const usage = 'Usage: npm run import:wordpress -- <export.xml> [--uploads <dir>] [--term-names <file.json>] [--dry-run]'

function readArguments() {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { uploads: { type: 'string' }, 'term-names': { type: 'string' }, 'dry-run': { type: 'boolean', default: false }, verbose: { type: 'boolean' } },
  })
  const file = positionals[0]
  if (!file) throw new CliError(`No export file given. ${usage}`)
  if (!existsSync(file)) throw new CliError(`The export file ${file} does not exist: check the path (${usage}).`)
  if (values.uploads && !(existsSync(values.uploads) && statSync(values.uploads).isDirectory())) {
    throw new CliError(`The uploads folder ${values.uploads} does not exist: give the old site's wp-content/uploads folder to --uploads.`)
  }
  if (values['term-names'] && !existsSync(values['term-names'])) throw new CliError(`The term names file ${values['term-names']} does not exist: check the path given to --term-names.`)
  return { file, uploads: values.uploads, termNamesFile: values['term-names'], dryRun: Boolean(values['dry-run']) }
}

const termNamesSchema = z.record(z.string(), z.record(z.string(), z.string()))

function readTermNames(file: string) {
  try {
    return termNamesSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch (error) {
    throw new CliError(`The term names file ${file} is not the JSON of qTranslate's term names ({"Name": {"it": "…", "en": "…"}}): ${(error as Error).message.split('\n')[0]}`)
  }
}

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

await runCli(async () => {
  assertLexicalResolvesToItsBuild()
  const args = readArguments()
  const termNames = args.termNamesFile ? readTermNames(args.termNamesFile) : undefined
  await prepareCliEnvironment()
  const { importWordpress } = await import('../../src/import/wordpress/importWordpress')
  const { formatReport } = await import('../../src/import/wordpress/report')
  const { WxrSyntaxError } = await import('../../src/import/wordpress/wxrReader')
  const { applyMigrations } = await import('../../src/db/applyMigrations')
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const payload = await getPayload({ config })
  try {
    // The schema the importer writes to: a fresh database is migrated first, as `npm start` would.
    if (!args.dryRun) await applyMigrations(payload)
    const started = Date.now()
    const report = await importWordpress(payload, {
      file: args.file,
      uploadsDir: args.uploads,
      dryRun: args.dryRun,
      termNames,
      log: (line) => console.log(line),
    }).catch((error: unknown) => {
      if (error instanceof WxrSyntaxError) throw new CliError(`The export ${args.file} is not valid XML, nothing was imported: ${error.message}.`)
      throw error
    })
    console.log(`\n${formatReport(report)}\n(${((Date.now() - started) / 1000).toFixed(1)} s)`)
    if (!args.dryRun) await refreshRunningSite()
  } finally {
    await payload.destroy()
  }
})
