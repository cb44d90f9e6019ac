/**
 * Brings the database DATABASE_URL points at to the committed schema and, unless told not to,
 * fills it with the demo content. Run as a child process so that the config reads the env it is given.
 */
import { getPayload } from 'payload'

const seed = !process.argv.includes('--no-seed')

const { default: config } = await import('../../payload.config')
const { applyMigrations } = await import('../../src/db/applyMigrations')
const payload = await getPayload({ config })
try {
  await applyMigrations(payload)
  if (seed) {
    const { seedDemoContent } = await import('../../src/seed')
    const result = await seedDemoContent(payload)
    console.log(`Demo content: ${result.created} created, ${result.updated} updated.`)
    if (process.env.NODE_ENV !== 'production') {
      console.log(`Demo login (admin): ${result.adminEmail} / ${result.adminPassword}`)
    }
  }
} finally {
  await payload.destroy()
}
process.exit(0)
