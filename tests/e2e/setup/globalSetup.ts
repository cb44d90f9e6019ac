import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../src/db/databases'
import { disposablePostgresServer } from '../../../src/db/postgresServer'
import { runScript, startServer, waitForUrl } from '../../support/run'
import { E2E_PORT } from '../../../playwright.config'

/** The server's PAYLOAD_SECRET in the browser tests (tests derive the preview secret from it). */
export const E2E_PAYLOAD_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456789'

/**
 * The production build (`next build` must have run) served by `next start` on a database of its
 * own, migrated and seeded with the demo content, dropped when the run ends.
 */
export default async function globalSetup() {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` (or `npm test`) first.')
  const postgres = await disposablePostgresServer()
  const name = uniqueDatabaseName('coworking_e2e')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: await createDatabase(postgres.serverUrl, name),
    PAYLOAD_SECRET: E2E_PAYLOAD_SECRET,
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${E2E_PORT}`,
    MEDIA_DIR: `.data/e2e-media-${name}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // A demo site on purpose: the production server accepts the demo accounts only so.
    SEED_DEMO: 'true',
    // Scheduled publications are looked for every 5 seconds, so a test can wait for one.
    JOBS_AUTORUN_CRON: '*/5 * * * * *',
  }
  await runScript('scripts/db/migrateAndSeed.ts', ['--demo'], { env })
  // Two posts of the old site, so old addresses can be followed (tests/e2e/oldUrls.e2e.spec.ts).
  await runScript('scripts/import/wordpress.ts', ['tests/fixtures/wordpress/e2e-export.xml'], { env })
  const server = startServer('start', E2E_PORT, env)
  await waitForUrl(`http://127.0.0.1:${E2E_PORT}/it`)

  return async () => {
    server.kill('SIGTERM')
    await new Promise((resolve) => server.once('exit', resolve))
    await dropDatabase(postgres.serverUrl, name)
    await postgres.stop()
    await rm(env.MEDIA_DIR as string, { recursive: true, force: true })
  }
}
