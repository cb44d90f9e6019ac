/** Fills the database DATABASE_URL points at with the demo content: `npm run seed`. Safe to run again. */
import { getPayload } from 'payload'
import config from '../payload.config'
import { seedDemoContent } from '../src/seed'

try {
  const payload = await getPayload({ config })
  const verbose = process.argv.includes('--verbose')
  const result = await seedDemoContent(payload, { log: verbose ? (line) => console.log(line) : undefined })
  console.log(
    `Seeded demo content: ${result.created} created, ${result.updated} updated. Admin login: ${result.adminEmail} / ${result.adminPassword}`,
  )
  process.exit(0)
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
