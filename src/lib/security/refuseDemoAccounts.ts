import { getEnv } from '@/config/env'

/**
 * In production the server does not start while a demo account still has the published password,
 * unless SEED_DEMO=true declares the whole site a demo (the browser tests and benchmarks do).
 */
export async function refuseDemoAccountsInProduction(): Promise<void> {
  const env = getEnv()
  if (env.NODE_ENV !== 'production' || process.env.SEED_DEMO === 'true') return
  const { demoAccountsInUse } = await import('./demoAccountsInUse')
  let emails: string[]
  try {
    emails = await demoAccountsInUse(env.DATABASE_URL)
  } catch (error) {
    console.warn(`Could not check for demo accounts (${(error as Error).message}): the database is not answering yet.`)
    return
  }
  if (!emails.length) return
  console.error(
    `\nThe demo account${emails.length > 1 ? 's' : ''} ${emails.join(' and ')} still sign${emails.length > 1 ? '' : 's'} in with the published demo password: ` +
      'lock them with `npm run seed -- --lock-demo-accounts` (DATABASE_URL set to this database; they get random passwords), or set SEED_DEMO=true if this server is only a demo. The server will not start until then.\n',
  )
  process.exit(1)
}
