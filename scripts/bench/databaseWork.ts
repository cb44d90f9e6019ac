import { readFile } from 'node:fs/promises'
import pg from 'pg'

export type DatabaseWork = { buffers: number; rowsSeqScanned: number; seqScans: number; cpuMsByBackend: Map<number, number> }

/** CPU time a server process has used, from /proc: only when PostgreSQL runs on this machine. */
async function cpuMs(pid: number): Promise<number | undefined> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined)
  const fields = stat?.slice(stat.lastIndexOf(')') + 2).split(' ')
  // utime and stime, in clock ticks (100 a second on Linux).
  return fields ? ((Number(fields[11]) + Number(fields[12])) * 1000) / 100 : undefined
}

/**
 * What PostgreSQL did in one database so far: pages it touched (in memory or read), rows read by
 * sequential scans, and the CPU time of its connections. Unlike times, these do not move when
 * other work shares the cores.
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
             (SELECT coalesce(sum(seq_scan), 0) FROM pg_stat_user_tables) AS seq_scans,
             (SELECT array_agg(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()) AS pids`)
    const cpuMsByBackend = new Map<number, number>()
    for (const pid of (rows[0].pids ?? []) as number[]) {
      const ms = await cpuMs(pid)
      if (ms !== undefined) cpuMsByBackend.set(pid, ms)
    }
    return { buffers: Number(rows[0].buffers), rowsSeqScanned: Number(rows[0].rows_seq_scanned), seqScans: Number(rows[0].seq_scans), cpuMsByBackend }
  } finally {
    await client.end()
  }
}

/** "412 pages touched, 3 sequential scans reading 1,230 rows, CPU 4.1 ms a post" between two readings. */
export function describeWork(before: DatabaseWork, after: DatabaseWork, posts: number): string {
  const per = (key: 'buffers' | 'seqScans' | 'rowsSeqScanned') => Math.round((after[key] - before[key]) / posts).toLocaleString('en')
  // Connections opened on the way count from zero; one closed on the way is missed.
  const cpu = [...after.cpuMsByBackend].reduce((sum, [pid, ms]) => sum + ms - (before.cpuMsByBackend.get(pid) ?? 0), 0)
  const cpuText = after.cpuMsByBackend.size ? `, CPU ${(cpu / posts).toFixed(1)} ms` : ''
  return `${per('buffers')} pages touched, ${per('seqScans')} sequential scans reading ${per('rowsSeqScanned')} rows${cpuText} a post`
}
