import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { cp, readFile } from 'node:fs/promises'
import net from 'node:net'
import path from 'node:path'

/**
 * A TypeScript script of ours, run by tsx with the `production` export condition: Lexical then loads
 * its build directly instead of the top-level-await wrappers that make Node 20 exit 13 at random
 * (scripts/lib/lexicalConditions.ts).
 */
export function runScript(script: string, args: string[], options: Options = {}): Promise<void> {
  return run('tsx', ['--conditions=production', script, ...args], options)
}

type Options = { env?: NodeJS.ProcessEnv; onLine?: (line: string) => void }

/** Runs a command from node_modules/.bin (or PATH) and resolves when it exits with 0. */
export function run(command: string, args: string[], { env = process.env, onLine }: Options = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: onLine ? ['inherit', 'pipe', 'inherit'] : 'inherit' })
    if (onLine) {
      child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
        process.stdout.write(chunk)
        chunk.split('\n').forEach((line) => line && onLine(line))
      })
    }
    child.on('error', reject)
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))))
  })
}

/** Loaded before Next's server, in every way the site is served (src/server/requestGate.cjs says why). */
export const requestGate = 'src/server/requestGate.cjs'

/** What the request gate requires from beside itself: copied with it next to the standalone server. */
export const requestGateCompanions = ['src/server/cacheWriteSize.cjs', 'src/server/requestTurns.cjs']

/**
 * V8's heap limit for the production server, in every way it is served (the Dockerfile's CMD too).
 * Unlimited on a large machine, V8 lets the old generation grow to up to four times what survived its
 * last full collection before collecting again: after a mixed load the server held ~250 MB of garbage.
 * A limit of 384 MB lowers that factor to about 1.35; the live heap under load is 105-165 MB.
 * (README, "At scale", Where the memory goes.)
 */
export const serverHeapFlags = ['--max-old-space-size=384']

/**
 * glibc's malloc arenas for the production server, in every way it is served (the Dockerfile's ENV
 * too). By default each thread that allocates (libuv's pool, V8's helpers, the preview cards' worker)
 * may get an arena of its own, kept after use: 30-39 MB of them after a mixed load against 4-13 MB
 * with two arenas, for no CPU a request that the bench can tell apart (README, "At scale").
 */
export const serverMallocEnv = { MALLOC_ARENA_MAX: '2' }

/**
 * The configuration a build was made with, for `next start` to run with, as the standalone server
 * (the Docker image, the e2e and cluster tests) does: Next's `server.js` passes the same JSON in the
 * same variable. Without it `next start` compiles next.config.ts again at every start, which loads
 * SWC's native compiler (27 MB resident) and, through next-intl's build plugin, @swc/core (13 MB),
 * and keeps both for the life of the process (README, "At scale", Where the memory goes).
 * Empty when there is no build: `next start` then says so itself.
 */
export function builtConfigEnv(nextDir = '.next'): Record<string, string> {
  try {
    const { config } = JSON.parse(readFileSync(path.join(nextDir, 'required-server-files.json'), 'utf8')) as { config?: object }
    return config ? { __NEXT_PRIVATE_STANDALONE_CONFIG: JSON.stringify(config) } : {}
  } catch {
    return {}
  }
}

export function startServer(mode: 'start' | 'dev', port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // No `-H 127.0.0.1`: with it Next 16.4 answers next-intl's rewrites of localized paths
  // (/it/eventi/…) with a redirect to the same URL, forever (vercel/next.js#94342).
  const heapFlags = mode === 'start' ? serverHeapFlags : []
  // The caller's NODE_OPTIONS after the default limit: V8 takes the last, so a bench can weigh another.
  const nodeOptions = [...heapFlags, env.NODE_OPTIONS, `--require=${path.resolve(requestGate)}`].filter(Boolean).join(' ')
  const productionEnv = mode === 'start' ? { ...serverMallocEnv, ...builtConfigEnv() } : {}
  return spawn('next', [mode, '-p', String(port)], { env: { ...productionEnv, ...env, NODE_OPTIONS: nodeOptions }, stdio: 'inherit' })
}

export const standaloneDir = '.next/standalone'

/**
 * The standalone server of `BUILD_STANDALONE=true next build`, laid out and started as the Docker
 * image does (Dockerfile, runner stage): `.next/static`, `public/` and the request gate beside `server.js`, PORT and
 * HOSTNAME in the environment, NODE_ENV=production. Relative paths in `env` resolve against the
 * standalone folder, so pass absolute ones.
 */
export async function startStandaloneServer(
  port: number,
  env: NodeJS.ProcessEnv,
  hostname = '0.0.0.0',
): Promise<ChildProcess> {
  const [built, standalone] = await Promise.all([buildId('.next'), buildId(path.join(standaloneDir, '.next'))])
  if (!built || built !== standalone) {
    throw new Error('No standalone server for the current build: run `BUILD_STANDALONE=true next build` (or `npm test`) first.')
  }
  await cp('.next/static', path.join(standaloneDir, '.next/static'), { recursive: true })
  await cp('public', path.join(standaloneDir, 'public'), { recursive: true })
  for (const file of [requestGate, ...requestGateCompanions]) await cp(file, path.join(standaloneDir, path.basename(file)))
  const serverEnv: NodeJS.ProcessEnv = { ...serverMallocEnv, ...env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', PORT: String(port), HOSTNAME: hostname }
  return spawn(process.execPath, [...serverHeapFlags, '--require', `./${path.basename(requestGate)}`, 'server.js'], { cwd: standaloneDir, env: serverEnv, stdio: 'inherit' })
}

/** The build ID of a `.next` folder, or undefined when it holds no finished build. */
export async function buildId(nextDir = '.next'): Promise<string | undefined> {
  return readFile(path.join(nextDir, 'BUILD_ID'), 'utf8').then(
    (id) => id.trim(),
    () => undefined,
  )
}

/** Fails when something already listens on the port (on any address), so a leftover server is never tested. */
export function assertPortFree(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer()
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(new Error(`Port ${port} is taken (${error.code}): stop what listens there or choose another port.`)),
    )
    probe.listen(port, () => probe.close(() => resolve()))
  })
}

function exited(child: ChildProcess): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new Error(`The server exited (code ${child.exitCode}, signal ${child.signalCode}) before it was ready.`))
    if (child.exitCode !== null || child.signalCode !== null) fail()
    else child.once('exit', fail)
  })
}

/**
 * Waits until `url` answers 200 with a page of this build (its body names `expectBuildId`), and fails
 * as soon as the child exits, or when the time runs out.
 */
export async function waitForServer(
  url: string,
  { child, expectBuildId, timeoutMs = 120_000 }: { child: ChildProcess; expectBuildId: string; timeoutMs?: number },
): Promise<void> {
  const controller = new AbortController()
  try {
    await Promise.race([exited(child), pollUntilReady(url, expectBuildId, timeoutMs, controller.signal)])
  } finally {
    controller.abort()
  }
}

async function pollUntilReady(url: string, expectBuildId: string, timeoutMs: number, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let last = 'no answer'
  while (Date.now() < deadline && !signal.aborted) {
    try {
      const response = await fetch(url, { redirect: 'manual', signal })
      const body = await response.text()
      if (response.status === 200 && body.includes(expectBuildId)) return
      last = response.status === 200 ? 'a page of another build' : `status ${response.status}`
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} was not ready within ${timeoutMs / 1000} s (last: ${last})`)
}

/** Polls a URL until it answers (any status below 500) or the time runs out. */
export async function waitForUrl(url: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    try {
      const response = await fetch(url, { redirect: 'manual' })
      if (response.status < 500) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`)
}

/** Ends a child process: SIGTERM, then SIGKILL after `graceMs`; returns at once if it already exited. */
export async function stopProcess(child: ChildProcess, graceMs = 10_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return
  const gone = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  child.kill('SIGTERM')
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs)
  await gone
  clearTimeout(timer)
}
