/**
 * `npm start`: the whole site on one machine with nothing but Node. Uses DATABASE_URL when given,
 * otherwise an embedded PostgreSQL in .data/postgres; applies migrations, loads the demo content
 * (on the embedded database, or with --demo / SEED_DEMO=true), builds once, then serves.
 * `npm run dev` does the same with `next dev`. A failure ends with one sentence (--verbose: the stack).
 */
import { existsSync } from 'node:fs'
import { CliError, runCli } from './lib/cli'
import { createDatabase, databaseExists, databaseUrl } from '../src/db/databases'
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { assertDatabaseReachable } from '../src/db/reachable'
import { localSecret } from './lib/localSecret'
import { assertPortFree } from '../src/db/portFree'
import { run, runScript, startServer, waitForUrl } from '../tests/support/run'

const dev = process.argv.includes('--dev')
const rebuild = process.argv.includes('--build')
const askedForDemo = process.argv.includes('--demo') || process.env.SEED_DEMO === 'true'
const port = Number(process.env.PORT ?? 3000)
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
let stopDatabase = async () => {}

await runCli(async () => {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new CliError(`PORT=${process.env.PORT} is not a port number: set PORT to a number between 1 and 65535.`)
  if (askedForDemo && env.NODE_ENV === 'production') {
    throw new CliError('The demo content is never loaded with NODE_ENV=production: leave out --demo and SEED_DEMO=true.')
  }
  await assertPortFree(port, 'the site', 'PORT')
  try {
    return await serve()
  } catch (error) {
    await stopDatabase()
    throw error
  }
})

async function serve(): Promise<number> {
  const embedded = !env.DATABASE_URL
  if (embedded) {
    const dataDir = '.data/postgres'
    console.log(`No DATABASE_URL given: starting the embedded PostgreSQL (data in ${dataDir}).`)
    const postgres = await startEmbeddedPostgres({ dataDir, port: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329), persistent: true })
    stopDatabase = postgres.stop
    if (!(await databaseExists(postgres.serverUrl, 'coworking'))) await createDatabase(postgres.serverUrl, 'coworking')
    env.DATABASE_URL = databaseUrl(postgres.serverUrl, 'coworking')
  } else {
    await assertDatabaseReachable(env.DATABASE_URL as string)
  }
  env.PAYLOAD_SECRET ??= await localSecret()
  env.NEXT_PUBLIC_SERVER_URL ??= `http://localhost:${port}`
  // Demo content on the embedded database unless SEED_DEMO=false; elsewhere only when asked for.
  const demo = embedded ? env.SEED_DEMO !== 'false' : askedForDemo
  if (demo) env.SEED_DEMO = 'true'

  const loginLines: string[] = []
  await runScript('scripts/db/migrateAndSeed.ts', demo ? ['--demo'] : [], {
    env,
    onLine: (line) => line.startsWith('Demo login') && loginLines.push(line),
  }).catch(() => {
    throw new CliError('Preparing the database failed (see the message above): fix that, then run npm start again.')
  })
  if (!dev && (rebuild || !existsSync('.next/BUILD_ID'))) await run('next', ['build'], { env })

  const server = startServer(dev ? 'dev' : 'start', port, env)
  const exited = new Promise<number>((resolve) => server.on('exit', (code) => resolve(code ?? 0)))
  const shutdown = () => server.kill('SIGTERM')
  process.on('SIGINT', shutdown)
  process.on('SIGTERM', shutdown)

  await Promise.race([waitForUrl(`http://127.0.0.1:${port}/it`), exited])
  if (server.exitCode === null) {
    console.log(`\n  Site:  ${env.NEXT_PUBLIC_SERVER_URL}/it  (English: /en)`)
    console.log(`  Admin: ${env.NEXT_PUBLIC_SERVER_URL}/admin`)
    for (const line of loginLines) console.log(`  ${line}`)
    console.log('  Stop with Ctrl+C.\n')
  }
  const code = await exited
  await stopDatabase()
  return code
}
