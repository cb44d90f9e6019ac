/**
 * How every command-line script ends: on success with 0; on failure with one sentence that says
 * what is wrong and what to do, and exit code 1. The stack trace only with --verbose or DEBUG set.
 */
import { CliError } from '../../src/config/cliError'
import { ConfigError } from '../../src/config/env'

export { CliError }

export const verbose = () => process.argv.includes('--verbose') || Boolean(process.env.DEBUG)

type SystemError = Error & { code?: string; address?: string; port?: number; path?: string; syscall?: string }

/** The one sentence for an error, whatever threw it. */
export function explain(error: unknown): string {
  if (error instanceof CliError) return error.message
  if (error instanceof ConfigError) return error.message
  const e = error as SystemError
  if (e?.code === 'ENOENT' && e.path) return `File not found: ${e.path}. Check the path and try again.`
  if (e?.code === 'EACCES' && e.path) return `Permission denied on ${e.path}. Check who owns it and try again.`
  if (e?.code === 'EADDRINUSE') return `Port ${e.port ?? ''} is already in use. Stop what listens there or choose another port.`
  const message = (e instanceof Error ? e.message : String(error)).split('\n')[0]
  return `${message.replace(/\.?\s*$/, '.')} Run again with --verbose for the details.`
}

/** Runs a script's body and ends the process the way every command of this project ends. */
export async function runCli(main: () => Promise<number | void>): Promise<never> {
  try {
    const code = await main()
    process.exit(code ?? 0)
  } catch (error) {
    console.error(`\n${explain(error)}\n`)
    if (verbose() && error instanceof Error) console.error(error.stack)
    process.exit(1)
  }
}
