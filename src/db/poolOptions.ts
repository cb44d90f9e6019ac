import type { PoolConfig } from 'pg'

/**
 * Time-outs so that a database that does not answer fails a request in seconds instead of holding
 * it: connecting (5 s), one statement on the server (15 s) and, should the server not even say
 * so, on the client (20 s).
 */
export const poolOptions = (connectionString: string): PoolConfig => ({
  connectionString,
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
})
