/**
 * Child process of bench:scale: fills the empty database DATABASE_URL points at with the
 * generated site. Posts go through the WordPress importer (the path the old site's thousands of
 * posts really take), the rest through Payload's Local API with every hook, like the admin.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { writeWordpressExport } from './wordpressExport'
import { writeOtherContent } from './otherContent'
import { benchAdmin } from './benchAdmin'

const { values } = parseArgs({ options: { posts: { type: 'string' }, events: { type: 'string' }, spaces: { type: 'string' }, projects: { type: 'string' } } })
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-scale-'))
const { default: config } = await import('../../../payload.config')
const { applyMigrations } = await import('../../../src/db/applyMigrations')
const { importWordpress } = await import('../../../src/import/wordpress/importWordpress')
const payload = await getPayload({ config })
try {
  await applyMigrations(payload)
  await payload.create({ collection: 'users', data: { ...benchAdmin, name: 'Bench admin', role: 'admin' } })
  const started = performance.now()
  await writeOtherContent(payload, { spaces: Number(values.spaces), projects: Number(values.projects), events: Number(values.events) })
  console.log(`spaces, projects, events: ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const file = path.join(work, 'export.xml')
  await writeWordpressExport(file, Number(values.posts))
  const imported = performance.now()
  const report = await importWordpress(payload, { file, log: (line) => (line.includes('%') || line.includes('posts,') ? console.log(line) : undefined) })
  console.log(`posts: ${report.created.posts} created, ${report.untranslated.length} Italian only, ${report.skipped.length} skipped in ${((performance.now() - imported) / 1000).toFixed(1)} s`)
} finally {
  await payload.destroy()
  await rm(work, { recursive: true, force: true })
}
process.exit(0)
