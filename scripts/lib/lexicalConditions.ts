import { CliError } from './cli'

/**
 * Lexical's packages resolve, under Node's plain `node` condition, to small wrappers that pick the
 * dev or prod build with a top-level `await import()`. Several of them load at once when
 * @payloadcms/richtext-lexical is imported, and Node 20 can deadlock on parallel dynamic imports
 * that share a module still suspended in its top-level await: the event loop drains and the process
 * exits 13 with no message, in some runs and not others. The `production` export condition (set by
 * the npm scripts: `tsx --conditions=production`) resolves Lexical straight to its build, with no
 * wrapper. This check stops a script started without it, with one sentence, before it can hang.
 */
export function assertLexicalResolvesToItsBuild(): void {
  const resolved = import.meta.resolve('lexical')
  if (resolved.endsWith('.node.mjs')) {
    throw new CliError('Run this script through its npm script (npm run …), or with `tsx --conditions=production`: without that condition Lexical loads through wrappers that make Node exit at random.')
  }
}
