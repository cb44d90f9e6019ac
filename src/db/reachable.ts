import pg from 'pg'
import { CliError } from '../config/cliError'

const unreachable = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN'])

/** host:port of a connection string, for messages (never its password). */
export function serverOf(databaseUrl: string): string {
  const url = new URL(databaseUrl)
  return `${url.hostname}:${url.port || 5432}`
}

/**
 * Fails with one sentence when the server DATABASE_URL names does not answer or refuses the user,
 * before Payload starts and prints its own stack traces. A missing database is fine: Payload creates it.
 */
export async function assertDatabaseReachable(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 5_000 })
  client.on('error', () => {})
  try {
    await client.connect()
  } catch (error) {
    const { code, message } = error as Error & { code?: string }
    const where = serverOf(databaseUrl)
    if (code === '3D000') return
    if (code && unreachable.has(code)) {
      throw new CliError(`Cannot reach the database at ${where}: start PostgreSQL there, or set DATABASE_URL to a server that runs.`, { cause: error })
    }
    if (code === '28P01' || code === '28000') {
      throw new CliError(`The database at ${where} refused the login: check the user and password in DATABASE_URL.`, { cause: error })
    }
    if (/timeout/i.test(message)) {
      throw new CliError(`The database at ${where} did not answer within 5 s: check that PostgreSQL runs there and DATABASE_URL is right.`, { cause: error })
    }
    throw new CliError(`Cannot connect to the database at ${where} (${message}): check DATABASE_URL.`, { cause: error })
  } finally {
    await client.end().catch(() => {})
  }
}
