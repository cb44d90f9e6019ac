/**
 * `npm run seed -- [--demo] [--lock-demo-accounts] [--verbose]`: brings the database DATABASE_URL
 * points at to the committed schema; with `--demo` (or SEED_DEMO=true) it also loads the demo
 * content and accounts, which production (NODE_ENV=production) refuses. `--lock-demo-accounts`
 * gives the demo accounts random passwords nobody knows. Run as a child process by `npm start`,
 * so that the config reads the env it is given.
 */
import { CliError, runCli } from '../lib/cli'
import { prepareCliEnvironment } from '../lib/cliEnvironment'

const demo = process.argv.includes('--demo') || process.env.SEED_DEMO === 'true'
const lockDemoAccounts = process.argv.includes('--lock-demo-accounts')

await runCli(async () => {
  if (demo && process.env.NODE_ENV === 'production') {
    throw new CliError('The demo content and its accounts are never loaded with NODE_ENV=production: leave out --demo and SEED_DEMO=true, or run against a development database.')
  }
  await prepareCliEnvironment()
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { applyMigrations } = await import('../../src/db/applyMigrations')
  const payload = await getPayload({ config })
  try {
    await applyMigrations(payload)
    if (lockDemoAccounts) {
      const { lockDemoAccounts: lock } = await import('../../src/seed/lockDemoAccounts')
      const locked = await lock(payload)
      console.log(locked.length ? `Locked (random passwords): ${locked.join(', ')}.` : 'No demo account to lock.')
    }
    if (demo) {
      const { seedDemoContent } = await import('../../src/seed')
      const result = await seedDemoContent(payload)
      console.log(`Demo content: ${result.created} created, ${result.updated} updated.`)
      console.log(`Demo login (admin): ${result.adminEmail} / ${result.adminPassword}`)
    }
  } finally {
    await payload.destroy()
  }
})
