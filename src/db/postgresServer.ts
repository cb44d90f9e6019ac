import { mkdtemp, rm } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { startEmbeddedPostgres } from './embeddedPostgres'

export type PostgresServer = { serverUrl: string; embedded: boolean; stop: () => Promise<void> }

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/**
 * The PostgreSQL server a throw-away run (tests) uses: the one DATABASE_URL points at, or a
 * fresh embedded one in a temporary folder, removed afterwards.
 */
export async function disposablePostgresServer(): Promise<PostgresServer> {
  if (process.env.DATABASE_URL) {
    return { serverUrl: process.env.DATABASE_URL, embedded: false, stop: async () => {} }
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'coworking-pg-'))
  const running = await startEmbeddedPostgres({ dataDir, port: await freePort(), persistent: false })
  return {
    serverUrl: running.serverUrl,
    embedded: true,
    stop: async () => {
      await running.stop()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
