import { spawn, type ChildProcess } from 'node:child_process'

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

export function startServer(mode: 'start' | 'dev', port: number, env: NodeJS.ProcessEnv): ChildProcess {
  // No `-H 127.0.0.1`: with it Next 16.4 answers next-intl's rewrites of localized paths
  // (/it/eventi/…) with a redirect to the same URL, forever (vercel/next.js#94342).
  return spawn('next', [mode, '-p', String(port)], { env, stdio: 'inherit' })
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
