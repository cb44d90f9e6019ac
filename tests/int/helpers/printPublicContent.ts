/** Writes publicContent() of the database DATABASE_URL names to the JSON file given: for tests that compare two databases. */
import { writeFile } from 'node:fs/promises'
import { getPayload } from 'payload'
import { publicContent } from './publicContent'

const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
await writeFile(process.argv[2], JSON.stringify(await publicContent(payload)))
await payload.destroy()
process.exit(0)
