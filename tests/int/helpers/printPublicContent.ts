/** Prints publicContent() of the database DATABASE_URL names, as JSON: for tests that compare two databases. */
import { getPayload } from 'payload'
import { publicContent } from './publicContent'

const { default: config } = await import('../../../payload.config')
const payload = await getPayload({ config })
process.stdout.write(`\n@@CONTENT@@${JSON.stringify(await publicContent(payload))}\n`)
await payload.destroy()
process.exit(0)
