import { spawn } from 'node:child_process'
import path from 'node:path'

export type CommandResult = { code: number | null; stdout: string; stderr: string }

/** Runs one of our TypeScript scripts the way its npm script does, and collects what it printed. */
export function runTsx(script: string, args: string[], env: Record<string, string | undefined>, timeoutMs = 300_000, cwd = process.cwd()): Promise<CommandResult> {
  const merged: Record<string, string | undefined> = { ...process.env, ...env }
  for (const key of Object.keys(merged)) if (merged[key] === undefined) delete merged[key]
  return new Promise((resolve, reject) => {
    const child = spawn(path.resolve('node_modules/.bin/tsx'), ['--conditions=production', path.resolve(script), ...args], { cwd, env: merged as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.on('error', reject)
    child.on('exit', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })
}
