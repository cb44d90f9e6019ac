/**
 * `npm run bench:import`: generates a WordPress + qTranslate export of 1,000 posts (`--posts N`),
 * imports it into a fresh database and prints the duration and the peak memory, then imports it
 * again (nothing changes) and prints that too, then the floor: Payload's own create (and English
 * update) of a minimal post, as many at a time as the importer runs. Not a test: a measurement
 * (budget: 15 ms a post, peak RSS 600 MB). `--profile FILE` writes a CPU profile of the first import
 * (open it in Chrome's DevTools or https://www.speedscope.app); `--separate-locale-saves` imports as
 * before `createInLocales` (a translated post created, then updated in English).
 */
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { PerformanceObserver } from 'node:perf_hooks'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import sharp from 'sharp'
import { createDatabase, dropDatabase, uniqueDatabaseName } from '../../src/db/databases'
import { disposablePostgresServer } from '../../src/db/postgresServer'
import { closePayload } from '../lib/closePayload'
import { databaseWork, describeWork } from './databaseWork'
import { profiled } from './profiled'

const { values } = parseArgs({ options: { posts: { type: 'string', default: '1000' }, profile: { type: 'string' }, 'separate-locale-saves': { type: 'boolean' } } })
const postCount = Number(values.posts)
const work = await mkdtemp(path.join(os.tmpdir(), 'bench-import-'))
const server = await disposablePostgresServer()
const database = uniqueDatabaseName('coworking_bench_import')
const databaseUrl = await createDatabase(server.serverUrl, database)
process.env.DATABASE_URL = databaseUrl
process.env.PAYLOAD_SECRET ??= 'bench-secret-bench-secret-bench-secret-01'
process.env.MEDIA_DIR = path.join(work, 'media')

const paragraph = (n: number) =>
  `Paragrafo ${n}: il coworking è una comunità di professionisti che condividono uno spazio, idee e progetti. <a href="http://old.example/?p=${1 + (n % postCount)}">Leggi</a> anche <strong>questo</strong>.`
const english = (n: number) => `Paragraph ${n}: coworking is a community of professionals sharing a space, ideas and projects.`

function post(id: number): string {
  const translated = id % 3 !== 0
  const body = Array.from({ length: 8 }, (_, i) => paragraph(id + i)).join('\n\n')
  const content = translated ? `[:it]${body}[:en]${Array.from({ length: 8 }, (_, i) => english(id + i)).join('\n\n')}[:]` : body
  const image = id % 10 === 0 ? `\n\n<img src="http://old.example/wp-content/uploads/2020/01/image-${id % 5}.jpg" alt="[:it]Foto[:en]Photo[:]" />` : ''
  return `<item><title><![CDATA[[:it]Articolo numero ${id}[:en]Post number ${id}[:]]]></title><link>http://old.example/?p=${id}</link>
<dc:creator>author</dc:creator><content:encoded><![CDATA[${content}${image}]]></content:encoded><excerpt:encoded><![CDATA[[:it]Sommario ${id}[:en]Summary ${id}[:]]]></excerpt:encoded>
<wp:post_id>${id}</wp:post_id><wp:post_date>2015-01-01 10:00:00</wp:post_date><wp:post_date_gmt>2015-01-01 09:00:00</wp:post_date_gmt><wp:post_name>articolo-${id}</wp:post_name>
<wp:status>${id % 20 === 0 ? 'draft' : 'publish'}</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="cat-${id % 5}"><![CDATA[Categoria ${id % 5}]]></category><category domain="post_tag" nicename="tag-${id % 12}"><![CDATA[Tag ${id % 12}]]></category>
${id % 10 === 0 ? `<wp:postmeta><wp:meta_key>_thumbnail_id</wp:meta_key><wp:meta_value>${900000 + (id % 5)}</wp:meta_value></wp:postmeta>` : ''}</item>\n`
}

function attachment(n: number): string {
  return `<item><title>Foto ${n}</title><wp:post_id>${900000 + n}</wp:post_id><wp:post_type>attachment</wp:post_type><wp:status>inherit</wp:status>
<wp:attachment_url>http://old.example/wp-content/uploads/2020/01/image-${n}.jpg</wp:attachment_url>
<wp:postmeta><wp:meta_key>_wp_attachment_image_alt</wp:meta_key><wp:meta_value><![CDATA[[:it]Foto ${n}[:en]Photo ${n}[:]]]></wp:meta_value></wp:postmeta></item>\n`
}

const file = path.join(work, 'export.xml')
const terms = [
  ...Array.from({ length: 5 }, (_, i) => `<wp:category><wp:term_id>${i + 1}</wp:term_id><wp:category_nicename>cat-${i}</wp:category_nicename><wp:cat_name><![CDATA[[:it]Categoria ${i}[:en]Category ${i}[:]]]></wp:cat_name></wp:category>`),
  ...Array.from({ length: 12 }, (_, i) => `<wp:tag><wp:term_id>${i + 100}</wp:term_id><wp:tag_slug>tag-${i}</wp:tag_slug><wp:tag_name><![CDATA[Tag ${i}]]></wp:tag_name></wp:tag>`),
].join('\n')
await writeFile(
  file,
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><link>http://old.example</link><wp:author><wp:author_login>author</wp:author_login><wp:author_email>author@old.example</wp:author_email><wp:author_display_name>Author</wp:author_display_name></wp:author>
${terms}
${Array.from({ length: 5 }, (_, n) => attachment(n)).join('')}${Array.from({ length: postCount }, (_, i) => post(i + 1)).join('')}</channel></rss>\n`,
)
const uploads = path.join(work, 'uploads')
for (let n = 0; n < 5; n++) {
  await import('node:fs/promises').then((fs) => fs.mkdir(path.join(uploads, '2020/01'), { recursive: true }))
  await sharp({ create: { width: 800, height: 600, channels: 3, background: { r: 40 * n, g: 120, b: 90 } } }).jpeg().toFile(path.join(uploads, `2020/01/image-${n}.jpg`))
}

const { default: config } = await import('../../payload.config')
const { applyMigrations } = await import('../../src/db/applyMigrations')
const { importWordpress } = await import('../../src/import/wordpress/importWordpress')
const { inTransaction, postImportContext: context } = await import('../../src/import/wordpress/transaction')
const { createInLocales } = await import('../../src/import/wordpress/createInLocales')
const payload = await getPayload({ config })
await applyMigrations(payload)

async function measure(label: string) {
  let peakRss = process.memoryUsage.rss()
  let peakHeap = process.memoryUsage().heapUsed
  // memoryUsage() walks the heap's spaces: costly every 50 ms, so the heap is sampled less often.
  let ticks = 0
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss())
    if (++ticks % 20 === 0) peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)
  }, 50)
  let gcMs = 0
  const gc = new PerformanceObserver((list) => list.getEntries().forEach((entry) => (gcMs += entry.duration)))
  gc.observe({ entryTypes: ['gc'] })
  const workBefore = await databaseWork(databaseUrl)
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const report = await importWordpress(payload, { file, uploadsDir: uploads, separateLocaleSaves: values['separate-locale-saves'] })
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  clearInterval(sampler)
  gc.disconnect()
  const work = describeWork(workBefore, await databaseWork(databaseUrl), postCount)
  const perPost = (seconds * 1000) / postCount
  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
  console.log(
    `${label}: ${seconds.toFixed(1)} s (${perPost.toFixed(1)} ms a post, Node's CPU ${((cpu.user + cpu.system) / 1000 / postCount).toFixed(1)} ms a post, GC ${(gcMs / postCount).toFixed(1)} ms) — posts created ${report.created.posts}, updated ${report.updated.posts}, unchanged ${report.unchanged.posts}, ` +
      `untranslated ${report.untranslated.length}, skipped ${report.skipped.length}, warnings ${report.warnings.length}; peak RSS ${mb(peakRss)}, peak heap ${mb(peakHeap)}; database: ${work}`,
  )
}

/**
 * The least a post costs through the Local API here: a minimal post created in Italian; then
 * created and its English written by an update (a translated post before `createInLocales`);
 * then created in both languages at once, as the importer now writes a new translated post.
 */
async function measureFloor(count: number) {
  type Way = 'created' | 'created and updated in English' | 'created in both languages at once'
  const write = async (n: number, way: Way) => {
    const data = { title: `Floor ${n}`, slug: `floor-${n}`, generateSlug: false, _status: 'published' }
    const english = { ...data, title: `Floor EN ${n}`, slug: `floor-en-${n}` }
    const common = { collection: 'posts', depth: 0, select: { wordpressId: true }, context } as const
    if (way === 'created in both languages at once') {
      return inTransaction(payload, (req) => createInLocales(payload, { ...common, req, locale: 'it', data, other: { locale: 'en', data: english } }), context)
    }
    const { id } = await payload.create({ ...common, locale: 'it', data: data as never })
    if (way === 'created and updated in English') await payload.update({ ...common, id, locale: 'en', data: english as never })
  }
  const ways: Way[] = ['created', 'created and updated in English', 'created in both languages at once']
  for (const [index, way] of ways.entries()) {
    const workBefore = await databaseWork(databaseUrl)
    const started = performance.now()
    const cpuBefore = process.cpuUsage()
    for (let n = 0; n < count; n += 4) await Promise.all([0, 1, 2, 3].map((i) => write(index * count + n + i, way)))
    const perPost = (performance.now() - started) / count
    const cpu = process.cpuUsage(cpuBefore)
    const work = describeWork(workBefore, await databaseWork(databaseUrl), count)
    console.log(
      `floor, a minimal post ${way} (4 at a time): ${perPost.toFixed(1)} ms a post, Node's CPU ${((cpu.user + cpu.system) / 1000 / count).toFixed(1)} ms a post; database: ${work}`,
    )
  }
}

try {
  const baseline = process.memoryUsage()
  console.log(`load average before: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`)
  console.log(`export: ${postCount} posts, ${((await stat(file)).size / 1024 / 1024).toFixed(1)} MB`)
  console.log(`before importing (Payload loaded): RSS ${(baseline.rss / 1024 / 1024).toFixed(0)} MB, heap ${(baseline.heapUsed / 1024 / 1024).toFixed(0)} MB`)
  await profiled(values.profile, () => measure('first import'))
  await measure('second import (same file)')
  await measureFloor(Math.min(200, postCount))
  console.log(`load average after: ${os.loadavg().map((l) => l.toFixed(2)).join(', ')}`)
} finally {
  await closePayload(payload)
  await dropDatabase(server.serverUrl, database)
  await server.stop()
  await rm(work, { recursive: true, force: true })
}
process.exit(0)
