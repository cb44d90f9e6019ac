import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { requestGateCompanions, serverHeapFlags, serverMallocEnv } from '../support/run'

/**
 * The container setup is only ever exercised by `docker compose up`, which CI does not run:
 * these tests read docker-compose.yml, the Dockerfile and .dockerignore as text and check
 * that they agree with each other and with the configuration the app actually reads.
 */

const root = path.resolve(import.meta.dirname, '../..')
const read = (file: string) => readFileSync(path.join(root, file), 'utf8')

type Healthcheck = { test?: string | string[]; disable?: boolean; interval?: string; start_period?: string }
type Service = {
  image?: string
  build?: string | { context?: string; dockerfile?: string }
  depends_on?: string[] | Record<string, { condition?: string }>
  ports?: (string | number | { target?: number; published?: string | number })[]
  environment?: Record<string, string | number | null> | string[]
  volumes?: (string | { type?: string; source?: string; target?: string })[]
  healthcheck?: Healthcheck
  restart?: string
  command?: string | string[]
  entrypoint?: string | string[]
}
type Compose = { version?: unknown; services: Record<string, Service>; volumes?: Record<string, unknown> }

const compose = parse(read('docker-compose.yml')) as Compose
const services = compose.services ?? {}

/** A service's environment as a plain object, whichever of the two Compose forms is used. */
function environment(service: Service | undefined): Record<string, string> {
  const env = service?.environment ?? {}
  if (Array.isArray(env)) {
    return Object.fromEntries(env.map((entry) => [entry.split('=')[0], entry.split('=').slice(1).join('=')]))
  }
  return Object.fromEntries(Object.entries(env).map(([key, value]) => [key, value == null ? '' : String(value)]))
}

/** Compose variable interpolation (`${VAR}`, `${VAR:-default}`, `${VAR:?error}`) against `vars`. */
function interpolate(value: string, vars: Record<string, string> = {}): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])([^}]*))?\}/g, (_match, name: string, op, arg) => {
    const set = vars[name]
    if (set !== undefined && set !== '') return set
    if (op === ':-' || op === '-') return arg ?? ''
    if (op === ':?' || op === '?') throw new Error(`${name}: ${arg}`)
    return ''
  })
}

/** `source:target` pairs of a service's volumes, short or long syntax. */
function mounts(service: Service | undefined): { source: string; target: string }[] {
  return (service?.volumes ?? []).map((volume) => {
    if (typeof volume === 'string') {
      const [source, target] = volume.split(':')
      return { source, target }
    }
    return { source: volume.source ?? '', target: volume.target ?? '' }
  })
}

/** The keys of the zod object in src/config/env.ts: the only environment variables the app reads. */
function envVarsReadByApp(): Set<string> {
  const source = read('src/config/env.ts')
  const start = source.indexOf('.object({')
  expect(start, 'the env schema object in src/config/env.ts').toBeGreaterThanOrEqual(0)
  const block = source.slice(start, source.indexOf('})', start))
  return new Set([...block.matchAll(/^\s*([A-Z][A-Z0-9_]*)\s*:/gm)].map((match) => match[1]))
}

/** Dockerfile instructions, comments dropped and `\` continuations joined. */
function dockerfileInstructions(text: string): { op: string; args: string }[] {
  const lines = text
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
  return lines.map((line) => {
    const [op, ...rest] = line.split(/\s+/)
    return { op: op.toUpperCase(), args: rest.join(' ').replace(/\s+/g, ' ') }
  })
}

const dockerfile = read('Dockerfile')
const instructions = dockerfileInstructions(dockerfile)
const argDefaults = Object.fromEntries(
  instructions
    .filter((i) => i.op === 'ARG' && i.args.includes('='))
    .map((i) => [i.args.split('=')[0], i.args.split('=').slice(1).join('=')]),
)
const stages = instructions
  .filter((i) => i.op === 'FROM')
  .map((i) => {
    const [image, , name] = i.args.split(' ')
    return { image: interpolate(image.replace(/\$([A-Za-z_]\w*)/g, '${$1}'), argDefaults), name }
  })
/** Instructions of the final stage (the image that runs). */
const runner = instructions.slice(instructions.map((i) => i.op).lastIndexOf('FROM'))
const runnerEnv = Object.fromEntries(
  runner
    .filter((i) => i.op === 'ENV')
    .flatMap((i) => [...i.args.matchAll(/([A-Z_][A-Z0-9_]*)=("[^"]*"|\S+)/g)].map((m) => [m[1], m[2].replace(/^"|"$/g, '')])),
)

describe('docker-compose.yml', () => {
  it('follows the Compose specification (no obsolete version key) and declares db and app', () => {
    expect(compose.version).toBeUndefined()
    expect(Object.keys(services).sort()).toEqual(['app', 'db'])
  })

  it('runs PostgreSQL for db, with a readiness healthcheck and a named data volume', () => {
    const db = services.db
    expect(db.image).toMatch(/^postgres:\d+/)
    const env = environment(db)
    expect(env.POSTGRES_DB).toBe('coworking')
    expect(env.POSTGRES_USER).toBe('coworking')
    expect(env.POSTGRES_PASSWORD).toMatch(/^\$\{POSTGRES_PASSWORD:-.+\}$/)
    expect(mounts(db)).toContainEqual({ source: 'db-data', target: '/var/lib/postgresql/data' })
    expect([db.healthcheck?.test].flat().join(' ')).toContain('pg_isready')
    expect(db.restart).toBe('unless-stopped')
  })

  it('builds app from the Dockerfile and starts it only once db is healthy', () => {
    const app = services.app
    expect(app.image).toBeUndefined()
    const build = typeof app.build === 'string' ? { context: app.build } : (app.build ?? {})
    expect(build.context).toBe('.')
    expect(build.dockerfile ?? 'Dockerfile').toBe('Dockerfile')
    expect(app.depends_on).toEqual({ db: { condition: 'service_healthy' } })
    expect(app.restart).toBe('unless-stopped')
  })

  it('publishes port 3000 of app', () => {
    const ports = (services.app.ports ?? []).map((port) =>
      typeof port === 'object' ? `${port.published}:${port.target}` : String(port),
    )
    expect(ports).toContain('3000:3000')
  })

  it('gives app a healthcheck that fetches the home page with node (no curl in the slim image)', () => {
    const healthcheck = services.app.healthcheck
    expect(healthcheck, 'app healthcheck').toBeDefined()
    expect(healthcheck?.disable).not.toBe(true)
    const test = [healthcheck?.test ?? []].flat()
    expect(test[0]).toBe('CMD')
    expect(test[1]).toBe('node')
    expect(test.join(' ')).toContain('http://127.0.0.1:3000/api/globals/site-settings')
    expect(test.join(' ')).not.toMatch(/\bcurl\b|\bwget\b/)
    expect(healthcheck?.interval).toBe('30s')
    expect(healthcheck?.start_period).toBe('40s')
  })

  it('sets on app only environment variables that src/config/env.ts reads', () => {
    const known = envVarsReadByApp()
    expect(known).toContain('DATABASE_URL')
    const set = Object.keys(environment(services.app))
    expect(set.length).toBeGreaterThan(0)
    for (const name of set) expect(known, `${name} is not read by src/config/env.ts`).toContain(name)
    // The two without which the production server refuses to start.
    expect(set).toEqual(expect.arrayContaining(['DATABASE_URL', 'PAYLOAD_SECRET']))
    expect(environment(services.app).MEDIA_DIR).toBe('/app/media')
  })

  it('requires PAYLOAD_SECRET from the host instead of shipping a default secret', () => {
    const secret = environment(services.app).PAYLOAD_SECRET
    expect(secret).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
    expect(() => interpolate(secret)).toThrow(/PAYLOAD_SECRET/)
  })

  it('points DATABASE_URL at the db service, with its database, user and password', () => {
    const dbEnv = environment(services.db)
    const url = new URL(interpolate(environment(services.app).DATABASE_URL))
    expect(url.protocol).toMatch(/^postgres(ql)?:$/)
    expect(url.hostname).toBe('db')
    expect(services[url.hostname]).toBeDefined()
    expect(url.port || '5432').toBe('5432')
    expect(url.pathname).toBe(`/${dbEnv.POSTGRES_DB}`)
    expect(url.username).toBe(dbEnv.POSTGRES_USER)
    expect(url.password).toBe(interpolate(dbEnv.POSTGRES_PASSWORD))
    // The same host variable drives both sides.
    const other = { POSTGRES_PASSWORD: 'from-the-host' }
    expect(new URL(interpolate(environment(services.app).DATABASE_URL, other)).password).toBe(
      interpolate(dbEnv.POSTGRES_PASSWORD, other),
    )
  })

  it('keeps database data and uploaded media in named volumes declared at top level', () => {
    expect(Object.keys(compose.volumes ?? {})).toEqual(expect.arrayContaining(['db-data', 'media']))
    expect(mounts(services.app)).toContainEqual({ source: 'media', target: '/app/media' })
  })
})

describe('Dockerfile', () => {
  it('builds in stages on node:20-bookworm-slim: deps (npm ci), build, runner', () => {
    expect(stages.length).toBeGreaterThanOrEqual(3)
    for (const stage of stages) expect(stage.image).toBe('node:20-bookworm-slim')
    expect(instructions.some((i) => i.op === 'RUN' && /\bnpm ci\b/.test(i.args))).toBe(true)
    expect(instructions.some((i) => i.op === 'RUN' && /\bnpm run build\b/.test(i.args))).toBe(true)
  })

  it('builds the standalone output (next.config.ts turns it on with BUILD_STANDALONE)', () => {
    const nextConfig = readFileSync(path.join(root, 'next.config.ts'), 'utf8')
    expect(nextConfig).toMatch(/BUILD_STANDALONE === 'true' \? 'standalone'/)
    expect(instructions.some((i) => i.op === 'ENV' && /BUILD_STANDALONE=true/.test(i.args))).toBe(true)
  })

  it('copies the standalone output, the static assets and public/ into the runner', () => {
    const copies = runner.filter((i) => i.op === 'COPY').map((i) => i.args)
    expect(copies.some((args) => /--from=\S+/.test(args) && /\/app\/\.next\/standalone \.\/?$/.test(args))).toBe(true)
    expect(copies.some((args) => /\.next\/static \.\/\.next\/static$/.test(args))).toBe(true)
    expect(copies.some((args) => /\/app\/public \.\/public$/.test(args))).toBe(true)
    // No full node_modules in the final image: the standalone output carries what the server needs.
    expect(copies.some((args) => /node_modules/.test(args))).toBe(false)
  })

  it('runs as a non-root user, in production, on 0.0.0.0:3000, with a writable /app/media', () => {
    const users = runner.filter((i) => i.op === 'USER').map((i) => i.args)
    expect(users.length).toBeGreaterThan(0)
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/)
    expect(runnerEnv).toMatchObject({ NODE_ENV: 'production', PORT: '3000', HOSTNAME: '0.0.0.0', MEDIA_DIR: '/app/media' })
    expect(runner.some((i) => i.op === 'RUN' && /mkdir -p \/app\/media/.test(i.args) && /chown/.test(i.args))).toBe(true)
    expect(runner.filter((i) => i.op === 'EXPOSE').map((i) => i.args)).toContain('3000')
  })

  it('starts node server.js with the heap limit and two malloc arenas, behind the request gate, and checks its health with node', () => {
    const cmds = runner.filter((i) => i.op === 'CMD')
    expect(cmds).toHaveLength(1)
    expect(JSON.parse(cmds[0].args)).toEqual(['node', ...serverHeapFlags, '--require', './requestGate.cjs', 'server.js'])
    expect(runnerEnv).toMatchObject(serverMallocEnv)
    expect(runner.some((i) => i.op === 'COPY' && /src\/server\/requestGate\.cjs \.\/requestGate\.cjs$/.test(i.args))).toBe(true)
    // What the gate requires from beside itself is beside it in the image, and in the standalone tests.
    const besideGate = [...read('src/server/requestGate.cjs').matchAll(/require\('\.\/([^']+)'\)/g)].map((match) => match[1])
    expect(besideGate.length).toBeGreaterThan(0)
    expect(requestGateCompanions.map((file) => path.basename(file)).sort()).toEqual([...besideGate].sort())
    for (const file of besideGate) expect(runner.some((i) => i.op === 'COPY' && i.args.endsWith(`src/server/${file} ./${file}`))).toBe(true)
    const healthcheck = runner.find((i) => i.op === 'HEALTHCHECK')
    expect(healthcheck?.args).toMatch(/CMD \["node", "-e", .*http:\/\/127\.0\.0\.1:3000\/api\/globals\/site-settings/)
  })

  it('never installs a browser or packages outside the lockfile', () => {
    const runs = instructions.filter((i) => i.op === 'RUN').map((i) => i.args)
    for (const run of runs) {
      expect(run).not.toMatch(/\bnpm (install|i|add)\b/)
      expect(run).not.toMatch(/playwright\s+install|chromium|puppeteer/i)
    }
  })
})

describe('.dockerignore', () => {
  const ignored = read('.dockerignore')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))

  it('keeps local dependencies, build output, data, media, git and env files out of the context', () => {
    expect(ignored).toEqual(
      expect.arrayContaining(['node_modules', '.next', '.data', 'media', 'test-results', 'playwright-report', '.git', '.env*']),
    )
  })
})

describe('docker-compose.scale.yml', () => {
  // Compose merges `<<:` keys (the anchors the services share).
  const scale = parse(read('docker-compose.scale.yml'), { merge: true }) as Compose
  const scaled = scale.services ?? {}
  const apps = ['app1', 'app2']

  it('runs PostgreSQL, Redis, MinIO, the migration step, the worker, two app replicas and Varnish', () => {
    expect(scale.version).toBeUndefined()
    expect(Object.keys(scaled)).toEqual(expect.arrayContaining(['db', 'redis', 'minio', 'minio-init', 'migrate', 'worker', 'app1', 'app2', 'varnish']))
  })

  it('gives every long-running service a healthcheck', () => {
    for (const name of ['db', 'redis', 'minio', 'app1', 'app2', 'varnish']) {
      expect(scaled[name].healthcheck?.test, `${name} healthcheck`).toBeDefined()
    }
  })

  it('starts the instances only after the one-shot migration succeeded, and they neither migrate nor run jobs', () => {
    for (const name of apps) {
      expect(scaled[name].depends_on).toMatchObject({ migrate: { condition: 'service_completed_successfully' } })
      expect(environment(scaled[name])).toMatchObject({ MIGRATE_ON_START: 'false', JOBS_WORKER: 'true' })
    }
    expect(String([scaled.migrate.command ?? []].flat().join(' '))).toContain('npm run migrate')
    expect(String([scaled.worker.command ?? []].flat().join(' '))).toContain('npm run worker')
  })

  it('sets on the instances, the migration step and the worker only variables src/config/env.ts reads', () => {
    const known = envVarsReadByApp()
    for (const name of [...apps, 'migrate', 'worker']) {
      for (const key of Object.keys(environment(scaled[name]))) expect(known, `${name}: ${key}`).toContain(key)
    }
  })

  it('points the instances at the Redis, MinIO and Varnish services', () => {
    const env = environment(scaled.app1)
    expect(new URL(env.REDIS_URL).hostname).toBe('redis')
    expect(new URL(env.S3_ENDPOINT).hostname).toBe('minio')
    expect(env.CACHE_PURGE_URLS.split(',').map((url) => new URL(url).hostname)).toEqual(['varnish'])
    expect(env.PAYLOAD_SECRET).toMatch(/^\$\{PAYLOAD_SECRET:\?.+\}$/)
  })

  it('runs Varnish on the VCL of the repository, in front of both instances', () => {
    const varnish = scaled.varnish
    expect(mounts(varnish).map((mount) => mount.source)).toContain('./deploy/varnish/default.vcl')
    const start = [varnish.entrypoint ?? []].flat().join(' ')
    for (const name of apps) expect(start).toContain(`/${name}/`)
    expect(varnish.depends_on).toMatchObject({ app1: { condition: 'service_healthy' }, app2: { condition: 'service_healthy' } })
  })
})
