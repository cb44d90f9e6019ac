import { ConfigError, getEnv } from './env'

export function validateConfigOrExit() {
  try {
    getEnv()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`\n${error.message}\n`)
    process.exit(1)
  }
}
