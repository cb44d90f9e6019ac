/**
 * `npm start`: the whole site on one machine with nothing but Node. Uses DATABASE_URL when given,
 * otherwise an embedded PostgreSQL in .data/postgres; applies migrations, loads the demo content,
 * builds once, then serves. `npm run dev` does the same with `next dev`.
 */
import { existsSync } from 'node:fs'
import { createDatabase, databaseExists, databaseUrl } from '../src/db/databases'
import { startEmbeddedPostgres } from '../src/db/embeddedPostgres'
import { localSecret } from './lib/localSecret'
import { run, startServer, waitForUrl } from '../tests/support/run'

const dev = process.argv.includes('--dev')
const rebuild = process.argv.includes('--build')
const port = Number(process.env.PORT ?? 3000)
const env: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' }
let stopDatabase = async () => {}

if (!env.DATABASE_URL) {
  const dataDir = '.data/postgres'
  console.log(`No DATABASE_URL given: starting the embedded PostgreSQL (data in ${dataDir}).`)
  const embedded = await startEmbeddedPostgres({ dataDir, port: Number(env.EMBEDDED_POSTGRES_PORT ?? 54329), persistent: true })
  if (!(await databaseExists(embedded.serverUrl, 'coworking'))) await createDatabase(embedded.serverUrl, 'coworking')
  env.DATABASE_URL = databaseUrl(embedded.serverUrl, 'coworking')
  stopDatabase = embedded.stop
}
env.PAYLOAD_SECRET ??= await localSecret()
env.NEXT_PUBLIC_SERVER_URL ??= `http://localhost:${port}`

const loginLines: string[] = []
await run('tsx', ['scripts/db/migrateAndSeed.ts', ...(env.SEED_DEMO === 'false' ? ['--no-seed'] : [])], {
  env,
  onLine: (line) => line.startsWith('Demo login') && loginLines.push(line),
})
if (!dev && (rebuild || !existsSync('.next/BUILD_ID'))) await run('next', ['build'], { env })

const server = startServer(dev ? 'dev' : 'start', port, env)
const shutdown = async () => {
  server.kill('SIGTERM')
  await stopDatabase()
  process.exit(0)
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
server.on('exit', async (code) => {
  await stopDatabase()
  process.exit(code ?? 0)
})

await waitForUrl(`http://127.0.0.1:${port}/it`)
console.log(`\n  Site:  ${env.NEXT_PUBLIC_SERVER_URL}/it  (English: /en)`)
console.log(`  Admin: ${env.NEXT_PUBLIC_SERVER_URL}/admin`)
for (const line of loginLines) console.log(`  ${line}`)
console.log('  Stop with Ctrl+C.\n')
