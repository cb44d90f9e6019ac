import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'
import S3rver from 's3rver'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../src/db/databases'
import { buildId, runScript, startStandaloneServer, stopProcess, waitForServer, waitForUrl } from '../support/run'

export const VARNISHD = process.env.VARNISHD ?? '/usr/sbin/varnishd'
const postgresServer = process.env.CLUSTER_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432'
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'
export const CLUSTER_SECRET = 'cluster-secret-cluster-secret-0123456789abcdef'

/** A port nobody listens on now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** What the cluster test needs from the machine; empty when all of it is there. */
export function missingEngines(): string[] {
  const missing: string[] = []
  if (!existsSync(VARNISHD)) missing.push(`Varnish (${VARNISHD}; Debian: apt-get install varnish varnish-modules)`)
  else if (!existsSync('/usr/lib/x86_64-linux-gnu/varnish/vmods/libvmod_xkey.so') && !process.env.VARNISH_VMOD_DIR) missing.push('the xkey vmod (Debian: varnish-modules)')
  try {
    execFileSync('redis-cli', ['-u', redisUrl, 'ping'], { stdio: 'pipe' })
  } catch {
    missing.push(`Redis at ${redisUrl}`)
  }
  return missing
}

export type Cluster = {
  /** Instance A, instance B (direct) and Varnish in front of both. */
  a: string
  b: string
  edge: string
  env: NodeJS.ProcessEnv
  varnishDir: string
  stop: () => Promise<void>
}

/**
 * The scaled set-up of README "Scaling out" on loopback: a database migrated by the one-shot step,
 * s3rver for media, two standalone servers with REDIS_URL, JOBS_WORKER=true and
 * MIGRATE_ON_START=false, the job worker, Varnish with deploy/varnish/default.vcl in front.
 */
export async function startCluster(): Promise<Cluster> {
  const expectBuildId = await buildId()
  if (!expectBuildId) throw new Error('No production build: run `BUILD_STANDALONE=true next build` (or `npm test`) first.')
  const [portA, portB, edgePort, s3Port] = await Promise.all([freePort(), freePort(), freePort(), freePort()])
  const work = await mkdtemp(path.join(os.tmpdir(), 'cluster-'))
  const stops: (() => Promise<unknown>)[] = [() => rm(work, { recursive: true, force: true })]
  const stop = async () => {
    for (const step of stops.reverse()) await step().catch((error) => console.error(error))
  }
  try {
    const name = uniqueDatabaseName('coworking_cluster')
    const databaseUrl = await createDatabase(postgresServer, name)
    stops.push(() => dropDatabase(postgresServer, name))

    // The run's cache entries leave the machine's Redis with it.
    stops.push(async () => {
      const keys = execFileSync('redis-cli', ['-u', redisUrl, '--scan', '--pattern', `${name}:*`], { encoding: 'utf8' }).split('\n').filter(Boolean)
      for (let i = 0; i < keys.length; i += 500) execFileSync('redis-cli', ['-u', redisUrl, 'del', ...keys.slice(i, i + 500)], { stdio: 'ignore' })
    })

    const s3 = new S3rver({ address: '127.0.0.1', port: s3Port, silent: true, directory: path.join(work, 's3'), configureBuckets: [{ name: 'media', configs: [] }] })
    await s3.run()
    stops.push(() => s3.close())

    const edge = `http://127.0.0.1:${edgePort}`
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      PAYLOAD_SECRET: CLUSTER_SECRET,
      NEXT_PUBLIC_SERVER_URL: edge,
      NEXT_TELEMETRY_DISABLED: '1',
      SEED_DEMO: 'true',
      REDIS_URL: redisUrl,
      // One run's entries never meet another's on the machine's Redis.
      REDIS_KEY_PREFIX: name,
      S3_BUCKET: 'media',
      S3_ENDPOINT: `http://127.0.0.1:${s3Port}`,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      CACHE_PURGE_URLS: `${edge}/`,
      JOBS_WORKER: 'true',
      JOBS_AUTORUN_CRON: '*/2 * * * * *',
      MIGRATE_ON_START: 'false',
      REVALIDATE_URL: `http://127.0.0.1:${portA}`,
      RATE_LIMIT_SCALE: '100',
      MEDIA_DIR: path.join(work, 'media-unused'),
    }
    // The one-shot migration step (and the demo content, so there are accounts and pages).
    await runScript('scripts/db/migrateAndSeed.ts', ['--demo'], { env: { ...env, NODE_ENV: 'development' } })

    const servers: ChildProcess[] = []
    for (const port of [portA, portB]) {
      const server = await startStandaloneServer(port, env)
      servers.push(server)
      stops.push(() => stopProcess(server))
    }
    await Promise.all(
      [portA, portB].map((port, index) => waitForServer(`http://127.0.0.1:${port}/it`, { child: servers[index], expectBuildId })),
    )

    const worker = spawn('tsx', ['--conditions=production', 'scripts/worker.ts'], { env, stdio: 'inherit' })
    stops.push(() => stopProcess(worker))

    const varnishDir = path.join(work, 'varnish')
    const vcl = (await readFile('deploy/varnish/default.vcl', 'utf8'))
      .replaceAll('APP1_HOST', '127.0.0.1').replaceAll('APP1_PORT', String(portA))
      .replaceAll('APP2_HOST', '127.0.0.1').replaceAll('APP2_PORT', String(portB))
    // varnishd compiles the VCL as its own unprivileged user: the file and its folder must be readable.
    await chmod(work, 0o755)
    await writeFile(path.join(work, 'default.vcl'), vcl, { mode: 0o644 })
    const varnish = spawn(VARNISHD, ['-F', '-a', `127.0.0.1:${edgePort}`, '-T', '127.0.0.1:0', '-f', path.join(work, 'default.vcl'), '-s', 'malloc,64m', '-n', varnishDir], { stdio: 'inherit' })
    stops.push(() => stopProcess(varnish))
    await waitForUrl(`${edge}/it`, 30_000)
    return { a: `http://127.0.0.1:${portA}`, b: `http://127.0.0.1:${portB}`, edge, env, varnishDir, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
