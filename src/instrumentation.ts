import { ConfigError, getEnv } from './config/env'

/** Runs once when the server starts: a bad configuration stops it with a readable sentence. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  try {
    getEnv()
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(`\n${error.message}\n`)
      process.exit(1)
    }
    throw error
  }
}
