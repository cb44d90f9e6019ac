import { rm } from 'node:fs/promises'
import path from 'node:path'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../../src/db/databases'
import { disposablePostgresServer } from '../../../src/db/postgresServer'
import { assertPortFree, buildId, runScript, startStandaloneServer, stopProcess, waitForServer } from '../../support/run'
import { E2E_PORT } from '../../../playwright.config'

/** The server's PAYLOAD_SECRET in the browser tests (tests derive the preview secret from it). */
export const E2E_PAYLOAD_SECRET = 'e2e-secret-e2e-secret-e2e-secret-0123456789'

/**
 * The standalone production server (`BUILD_STANDALONE=true next build` must have run), started as
 * the Docker image starts it, on a free port and a database of its own, migrated and seeded with
 * the demo content; all of it removed when the run ends.
 */
export default async function globalSetup() {
  const expectBuildId = await buildId()
  if (!expectBuildId) throw new Error('No production build: run `BUILD_STANDALONE=true next build` (or `npm test`) first.')
  await assertPortFree(E2E_PORT)
  const postgres = await disposablePostgresServer()
  const name = uniqueDatabaseName('coworking_e2e')
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: await createDatabase(postgres.serverUrl, name),
    PAYLOAD_SECRET: E2E_PAYLOAD_SECRET,
    NEXT_PUBLIC_SERVER_URL: `http://127.0.0.1:${E2E_PORT}`,
    // Absolute: the standalone server runs in .next/standalone.
    MEDIA_DIR: path.resolve(`.data/e2e-media-${name}`),
    NEXT_TELEMETRY_DISABLED: '1',
    // A demo site on purpose: the production server accepts the demo accounts only so.
    SEED_DEMO: 'true',
    // Scheduled publications are looked for every 5 seconds, so a test can wait for one.
    JOBS_AUTORUN_CRON: '*/5 * * * * *',
    // The suite logs in, searches and calls the API from one address far more than a visitor may;
    // tests/e2e/rateLimits.e2e.spec.ts checks the real allowances on a server of its own.
    RATE_LIMIT_SCALE: '100',
  }
  // For the specs that start a second server on the same database (tests/e2e/setup/extraServer.ts).
  Object.assign(process.env, { E2E_DATABASE_URL: env.DATABASE_URL, E2E_MEDIA_DIR: env.MEDIA_DIR })
  const cleanUp = async () => {
    await dropDatabase(postgres.serverUrl, name)
    await postgres.stop()
    await rm(env.MEDIA_DIR as string, { recursive: true, force: true })
  }
  try {
    await runScript('scripts/db/migrateAndSeed.ts', ['--demo'], { env })
    // Two posts of the old site, so old addresses can be followed (tests/e2e/oldUrls.e2e.spec.ts).
    await runScript('scripts/import/wordpress.ts', ['tests/fixtures/wordpress/e2e-export.xml'], { env })
  } catch (error) {
    await cleanUp()
    throw error
  }
  const server = await startStandaloneServer(E2E_PORT, env)
  const teardown = async () => {
    await stopProcess(server)
    await cleanUp()
  }
  try {
    await waitForServer(`http://127.0.0.1:${E2E_PORT}/it`, { child: server, expectBuildId })
  } catch (error) {
    await teardown()
    throw error
  }
  return teardown
}
