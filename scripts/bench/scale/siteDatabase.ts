import pg from 'pg'
import { databaseExists, databaseUrl } from '../../../src/db/databases'
import { run } from '../../../tests/support/run'

export type SiteSize = { posts: number; events: number; spaces: number; projects: number }

// Scripts that load payload.config need a secret since the secrets work; the generated data holds no secrets.
const scriptEnv = (url: string): NodeJS.ProcessEnv => ({
  ...process.env,
  PAYLOAD_SECRET: process.env.PAYLOAD_SECRET ?? 'bench-scale-generate-secret-0123456789abcdef',
  DATABASE_URL: url,
})

const templateName = (size: SiteSize) => `coworking_scale_${size.posts}_${size.events}_${size.spaces}_${size.projects}_v1`

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

/**
 * A copy of the generated site. Generating 10,000 posts takes minutes, so the generated database
 * is kept on the server as a template (renamed into place only once complete) and each run
 * works on a copy of it, migrated to the current schema. `fresh` generates it again.
 */
export async function generatedSiteCopy(serverUrl: string, size: SiteSize, copy: string, fresh: boolean): Promise<string> {
  const template = templateName(size)
  if (fresh) await onServer(serverUrl, `DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`)
  if (!(await databaseExists(serverUrl, template))) {
    const building = `${template}_building`
    await onServer(serverUrl, `DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`)
    await onServer(serverUrl, `CREATE DATABASE "${building}"`)
    const started = performance.now()
    const args = Object.entries(size).flatMap(([key, value]) => [`--${key}`, String(value)])
    await run('tsx', ['--conditions=production', 'scripts/bench/scale/generate.ts', ...args], { env: scriptEnv(databaseUrl(serverUrl, building)) })
    console.log(`generated the site in ${((performance.now() - started) / 1000).toFixed(0)} s`)
    await onServer(serverUrl, `ALTER DATABASE "${building}" RENAME TO "${template}"`)
  }
  await onServer(serverUrl, `CREATE DATABASE "${copy}" TEMPLATE "${template}"`)
  const url = databaseUrl(serverUrl, copy)
  await run('tsx', ['scripts/db/migrateAndSeed.ts', '--no-seed'], { env: scriptEnv(url) })
  // What autovacuum does on a running site soon after a bulk import: planner statistics, and a
  // visibility map for index-only scans. A fresh copy has neither, and its plans would be a newly
  // imported site's, not the one visitors use.
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  await client.query('VACUUM ANALYZE').finally(() => client.end())
  return url
}
