import type { TestProject } from 'vitest/node'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '@/db/databases'
import { disposablePostgresServer } from '@/db/postgresServer'

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string
  }
}

/** One database for this run, created empty here and dropped when the run ends. */
export default async function setup(project: TestProject) {
  const server = await disposablePostgresServer()
  const name = uniqueDatabaseName('coworking_test')
  const databaseUrl = await createDatabase(server.serverUrl, name)
  project.provide('databaseUrl', databaseUrl)
  return async () => {
    await dropDatabase(server.serverUrl, name)
    await server.stop()
  }
}
