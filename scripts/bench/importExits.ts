/**
 * `npm run bench:import-exits -- [--runs 50] [--probes 10]`: runs `import:wordpress` many times in a
 * row while two busy-loop processes keep both cores busy, and counts the runs that did not exit 0
 * (the importer used to exit 13 in about one run of three). First, as a control, it imports
 * @payloadcms/richtext-lexical alone with plain `node`, without and with the `production` export
 * condition the npm scripts now pass. Not a test: it takes minutes. Needs DATABASE_URL's server
 * (or starts an embedded one); the database it imports into is dropped at the end.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../src/db/databases'
import { disposablePostgresServer } from '../../src/db/postgresServer'

const { values } = parseArgs({ options: { runs: { type: 'string', default: '50' }, probes: { type: 'string', default: '10' } } })
const runs = Number(values.runs)
const probes = Number(values.probes)

/** A node process that spins for at most `seconds`, then exits by itself even if we are killed. */
function busyLoop(seconds: number): ChildProcess {
  return spawn(process.execPath, ['-e', `const end = Date.now() + ${seconds * 1000}; while (Date.now() < end) {}`], { stdio: 'ignore' })
}

function probe(conditions: string[]): number {
  const code = "await import('@payloadcms/richtext-lexical')"
  return spawnSync(process.execPath, [...conditions, '--input-type=module', '-e', code], { stdio: 'ignore' }).status ?? -1
}

const busy = [busyLoop(3600), busyLoop(3600)]
const server = await disposablePostgresServer()
const database = uniqueDatabaseName('coworking_bench_exits')
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-exits-'))
try {
  for (const conditions of [[], ['--conditions=production']]) {
    const codes = Array.from({ length: probes }, () => probe(conditions))
    const failed = codes.filter((c) => c !== 0).length
    console.log(`control: node ${conditions.join(' ') || '(no condition)'} -e "await import('@payloadcms/richtext-lexical')": ${failed} of ${probes} runs failed (exit codes ${codes.join(' ')})`)
  }

  const env = {
    ...process.env,
    DATABASE_URL: await createDatabase(server.serverUrl, database),
    PAYLOAD_SECRET: 'bench-secret-bench-secret-bench-secret-01',
    MEDIA_DIR: path.join(work, 'media'),
    NEXT_PUBLIC_SERVER_URL: 'http://127.0.0.1:9', // no site to refresh
  }
  const args = ['--conditions=production', 'scripts/import/wordpress.ts', 'tests/fixtures/wordpress/export.xml', '--uploads', 'tests/fixtures/wordpress/uploads']
  const failures: string[] = []
  const started = Date.now()
  for (let run = 1; run <= runs; run++) {
    const t0 = Date.now()
    const result = spawnSync('tsx', args, { env, encoding: 'utf8' })
    const seconds = ((Date.now() - t0) / 1000).toFixed(1)
    const ok = result.status === 0 && /\(\d+\.\d s\)/.test(result.stdout)
    if (!ok) failures.push(`run ${run}: exit ${result.status}${result.signal ? ` (${result.signal})` : ''}, ${result.stderr.trim().split('\n').at(-1) ?? ''}`)
    console.log(`run ${run}/${runs}: exit ${result.status} in ${seconds} s${ok ? '' : '  FAILED'}`)
  }
  console.log(`\nimport:wordpress with both cores busy: ${runs - failures.length} of ${runs} runs succeeded, ${failures.length} failed (${((Date.now() - started) / 1000).toFixed(0)} s in all)`)
  for (const failure of failures) console.log(`  ${failure}`)
  process.exitCode = failures.length ? 1 : 0
} finally {
  for (const child of busy) child.kill('SIGKILL')
  await dropDatabase(server.serverUrl, database).catch(() => {})
  await server.stop()
  await rm(work, { recursive: true, force: true })
}
