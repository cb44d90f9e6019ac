import type { PoolConfig } from 'pg'

/**
 * Time-outs so that a database that does not answer fails a request in seconds instead of holding
 * it: connecting (5 s), one statement on the server (15 s) and, should the server not even say
 * so, on the client (20 s). No parallel query on the site's connections: starting a worker costs
 * ~5 ms, more than the scans it would share at this scale (a two-word search on 10,000 posts took
 * 21-26 ms with two workers, 12-18 without), and the other requests are the server's parallelism.
 * A connection string's own `options` take precedence.
 */
export const poolOptions = (connectionString: string): PoolConfig => ({
  connectionString,
  max: 10,
  connectionTimeoutMillis: 5_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: 15_000,
  query_timeout: 20_000,
  options: '-c max_parallel_workers_per_gather=0',
})
