import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../src/db/databases'
import { disposablePostgresServer } from '../../src/db/postgresServer'
import { runScript, startServer, stopProcess, waitForUrl } from '../../tests/support/run'

export type ProductionSite = { url: string; pid?: number; stop: () => Promise<void> }

/**
 * The production build (`next build` must have run) served by `next start` on a database of its
 * own, migrated and seeded with the demo content. `stop` ends the server and drops the database;
 * it also runs when starting fails halfway.
 */
export async function startProductionSite(port: number, purpose: string, extraEnv: Record<string, string> = {}): Promise<ProductionSite> {
  if (!existsSync('.next/BUILD_ID')) throw new Error('No production build: run `npm run build` first.')
  const postgres = await disposablePostgresServer()
  const name = uniqueDatabaseName(`coworking_${purpose}`)
  const url = `http://127.0.0.1:${port}`
  const mediaDir = `.data/${purpose}-media-${name}`
  const undo: Array<() => Promise<unknown>> = [() => postgres.stop()]
  let pid: number | undefined
  let stopping: Promise<void> | undefined
  const stop = () =>
    (stopping ??= (async () => {
      for (const step of undo) await step().catch((error: Error) => console.error(`Clean-up: ${error.message}`))
    })())

  try {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: await createDatabase(postgres.serverUrl, name),
      PAYLOAD_SECRET: `${purpose}-secret-${purpose}-secret-0123456789abcdef`,
      NEXT_PUBLIC_SERVER_URL: url,
      MEDIA_DIR: mediaDir,
      NEXT_TELEMETRY_DISABLED: '1',
      // A demo site on purpose: the production server accepts the demo accounts only so.
      SEED_DEMO: 'true',
      ...extraEnv,
    }
    undo.unshift(() => dropDatabase(postgres.serverUrl, name), () => rm(mediaDir, { recursive: true, force: true }))
    await runScript('scripts/db/migrateAndSeed.ts', ['--demo'], { env })
    const server = startServer('start', port, env)
    pid = server.pid
    undo.unshift(() => stopProcess(server))
    await waitForUrl(`${url}/it`)
  } catch (error) {
    await stop()
    throw error
  }
  return { url, pid, stop }
}
