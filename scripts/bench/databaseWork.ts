import pg from 'pg'

export type DatabaseWork = { buffers: number; rowsSeqScanned: number; seqScans: number }

/**
 * What PostgreSQL did in one database so far: pages it touched (in memory or read) and rows read
 * by sequential scans. Unlike times, these do not move when other work shares the cores.
 */
export async function databaseWork(databaseUrl: string): Promise<DatabaseWork> {
  // Backends report their counters when idle, at most once a second.
  await new Promise((resolve) => setTimeout(resolve, 1_500))
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const { rows } = await client.query(`
      SELECT (SELECT blks_hit + blks_read FROM pg_stat_database WHERE datname = current_database()) AS buffers,
             (SELECT coalesce(sum(seq_tup_read), 0) FROM pg_stat_user_tables) AS rows_seq_scanned,
             (SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_user_tables) AS seq_scans`)
    return { buffers: Number(rows[0].buffers), rowsSeqScanned: Number(rows[0].rows_seq_scanned), seqScans: Number(rows[0].seq_scans) }
  } finally {
    await client.end()
  }
}

/** "412 pages touched, 3 sequential scans reading 1,230 rows a post" between two readings. */
export function describeWork(before: DatabaseWork, after: DatabaseWork, posts: number): string {
  const per = (key: keyof DatabaseWork) => Math.round((after[key] - before[key]) / posts).toLocaleString('en')
  return `${per('buffers')} pages touched, ${per('seqScans')} sequential scans reading ${per('rowsSeqScanned')} rows a post`
}
