import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { importWordpress, type ImportOptions } from '@/import/wordpress/importWordpress'
import type { ImportReport } from '@/import/wordpress/report'
import { WxrSyntaxError } from '@/import/wordpress/wxrReader'
import { resolveOldUrl } from '@/lib/redirects/resolveOldUrl'
import { parseOldUrl } from '@/lib/redirects/oldUrls'
import type { Post } from '@/payload-types'
import { exportWith, item, wordpressFixtures as fixtures } from './helpers/wxr'
import { testPayload } from './setup/payload'

const options: ImportOptions = {
  file: path.join(fixtures, 'export.xml'),
  uploadsDir: path.join(fixtures, 'uploads'),
  termNames: JSON.parse(await readFile(path.join(fixtures, 'term-names.json'), 'utf8')),
}
let payload: Payload
let first: ImportReport

const postByWordpressId = async (wordpressId: number, locale: 'it' | 'en' = 'it') =>
  (await payload.find({ collection: 'posts', where: { wordpressId: { equals: wordpressId } }, locale, draft: true, depth: 1, limit: 1 })).docs[0] as Post | undefined

type Node = { type: string; text?: string; value?: unknown; fields?: { url?: string }; children?: Node[] }
const nodes = (content: unknown): Node[] => {
  const all: Node[] = []
  const visit = (node: Node) => {
    all.push(node)
    node.children?.forEach(visit)
  }
  if (content) visit((content as { root: Node }).root)
  return all
}
const textOf = (content: unknown) => nodes(content).map((node) => node.text ?? '').join(' ')

async function snapshot() {
  const posts = await payload.find({ collection: 'posts', pagination: false, draft: true, depth: 0, locale: 'all', sort: 'id' })
  const versions = await payload.countVersions({ collection: 'posts' })
  const media = await payload.count({ collection: 'media' })
  const terms = (await payload.count({ collection: 'categories' })).totalDocs + (await payload.count({ collection: 'tags' })).totalDocs
  const users = await payload.count({ collection: 'users' })
  return { posts: posts.docs, versions: versions.totalDocs, media: media.totalDocs, terms, users: users.totalDocs }
}

beforeAll(async () => {
  payload = await testPayload()
  first = await importWordpress(payload, options)
}, 180_000)

describe('importing the old site', () => {
  it('reports what it created, skipped, left untranslated and warned about', () => {
    expect(first.created).toMatchObject({ posts: 7, media: 3, categories: 2, tags: 2 })
    expect(first.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ wordpressId: 1200, reason: 'WordPress page items are not imported' }),
        expect.objectContaining({ kind: 'media', wordpressId: 2004, reason: 'file missing' }),
      ]),
    )
    expect(first.untranslated.map((u) => [u.wordpressId, u.reason])).toEqual([
      [1043, 'the English text is identical to the Italian'],
      [1105, 'the English text is missing or empty'],
    ])
    expect(first.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/volantino\.jpg not found/),
        expect.stringMatching(/#1102.*language de not imported/),
        expect.stringMatching(/#1102.*shortcode \[contact-form-7\] removed/),
        expect.stringMatching(/#1102.*<script> removed/),
      ]),
    )
  })

  it('imports the seed post in Italian only, without the camera labels, keeping its date, author, terms and image', async () => {
    const post = (await postByWordpressId(1043)) as Post
    expect(post.title).toBe('Qual è il ruolo dei coworking nei piccoli centri urbani, di la dall’affitto delle scrivanie?')
    // WordPress's own post_name, so the old address and the new one end alike.
    expect(post.slug).toBe('qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani')
    expect(post.availableIn).toEqual({ it: true, en: false })
    expect(post._status).toBe('published')
    expect(post.publishedAt).toBe('2014-10-06T09:12:00.000Z')
    expect(textOf(post.content)).toContain('Grande entusiasmo ha permeato il confronto, #collaboratorio')
    expect(textOf(post.content)).not.toContain('SONY DSC')
    expect(textOf(post.content)).not.toMatch(/\[:(it|en)?\]/)
    expect(nodes(post.content).filter((n) => n.type === 'paragraph')).toHaveLength(7)
    expect(post.author).toMatchObject({ email: 'redazione@warehousecoworking.it', role: 'editor' })
    expect(post.categories).toEqual([expect.objectContaining({ title: 'Eventi' })])
    expect(post.coverImage).toMatchObject({ alt: 'Gli stand della fiera a Bastia Umbra', filename: 'fiera.jpg' })
    const english = (await postByWordpressId(1043, 'en')) as Post
    expect(english.title ?? null).toBeNull()
    expect(english.content ?? null).toBeNull()
    // The public read in English does not find it at all.
    const visible = await payload.find({ collection: 'posts', locale: 'en', overrideAccess: false, where: { wordpressId: { equals: 1043 } } })
    expect(visible.totalDocs).toBe(0)
  })

  it("keeps the seed post's old addresses, leading to its Italian page even from English ones", async () => {
    const seedPage = '/it/blog/qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani'
    const target = (address: string) => {
      const url = new URL(address, 'http://www.warehousecoworking.it')
      return resolveOldUrl(payload, parseOldUrl(url.pathname, url.searchParams) ?? {})
    }
    for (const old of ['/?p=1043', '/?p=1043&lang=en', '/qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani/', '/2014/10/qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani/', '/en/qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani/']) {
      expect(await target(old), old).toBe(seedPage)
    }
    expect(await target('/en/la-rete-dei-coworking/')).toBe('/en/blog/marche-coworking-network')
    expect(await target('/en/marche-coworking-network/')).toBe('/en/blog/marche-coworking-network')
    // A draft has no public address, old or new.
    expect(await target('/?p=1103')).toBeNull()
  })

  it('reads every qTranslate syntax, in any case, with text outside blocks shared and an unterminated last block', async () => {
    const comment = { it: await postByWordpressId(1100), en: await postByWordpressId(1100, 'en') }
    expect([comment.it?.title, comment.en?.title]).toEqual(['La rete dei coworking delle Marche', 'The coworking network of the Marche'])
    expect([comment.it?.excerpt, comment.en?.excerpt]).toEqual(['Una rete che cresce.', 'A growing network.'])
    expect([comment.it?.meta?.description, comment.en?.meta?.description]).toEqual(['La rete dei coworking marchigiani', 'The Marche coworking network'])
    const swirly = { it: await postByWordpressId(1101), en: await postByWordpressId(1101, 'en') }
    expect([swirly.it?.title, swirly.en?.title]).toEqual(['Spazi aperti', 'Open spaces'])
    expect(textOf(swirly.it?.content)).toMatch(/Warehouse Coworking Factory, Fano\. Uno spazio aperto a tutti\..*Vieni a trovarci\./)
    expect(textOf(swirly.en?.content)).toMatch(/Warehouse Coworking Factory, Fano\. A space open to everyone\..*Come and visit\./)
  })

  it("uses slug meta per locale, else WordPress's post_name in Italian, else the localized title, and resolves collisions", async () => {
    expect((await postByWordpressId(1100))?.slug).toBe('rete-coworking-marche')
    expect((await postByWordpressId(1100, 'en'))?.slug).toBe('marche-coworking-network')
    expect((await postByWordpressId(1101, 'en'))?.slug).toBe('open-spaces-fano')
    expect((await postByWordpressId(1102, 'en'))?.slug).toBe('a-cat-in-the-office')
    expect((await postByWordpressId(1104))?.slug).toBe('open-day')
    expect((await postByWordpressId(1105))?.slug).toBe('open-day-2')
  })

  it('rewrites links to old posts to their new addresses, in the language of the text', async () => {
    const urls = (content: unknown) => nodes(content).flatMap((n) => (n.type === 'link' ? [n.fields?.url] : []))
    const seedUrl = '/it/blog/qual-e-il-ruolo-dei-coworking-nei-piccoli-centri-urbani'
    expect(urls((await postByWordpressId(1100))?.content)).toEqual([seedUrl, seedUrl])
    // The seed post has no English page: the English text links to the Italian one.
    expect(urls((await postByWordpressId(1100, 'en'))?.content)).toEqual([seedUrl])
  })

  it('sanitizes: no script, no event handler, no javascript: link; shortcodes handled; images become media', async () => {
    for (const locale of ['it', 'en'] as const) {
      const post = await postByWordpressId(1102, locale)
      const json = JSON.stringify(post?.content)
      expect(json).not.toMatch(/xss|steal|javascript:|contact-form|\[caption|\[gallery|onclick/)
      const uploads = nodes(post?.content).filter((n) => n.type === 'upload')
      expect(uploads.map((n) => (n.value as { filename?: string }).filename)).toEqual(['gatto.jpg', 'fiera.jpg', 'scrivania.png'])
      expect(textOf(post?.content)).not.toMatch(/Katze/)
    }
    expect(textOf((await postByWordpressId(1102))?.content)).toContain('Il nostro coinquilino')
    expect(textOf((await postByWordpressId(1102, 'en'))?.content)).toContain('Our flatmate')
  })

  it('keeps drafts as drafts', async () => {
    const draft = await postByWordpressId(1103)
    expect(draft?._status).toBe('draft')
    expect(await payload.count({ collection: 'posts', overrideAccess: false, locale: 'it', where: { wordpressId: { equals: 1103 } } })).toMatchObject({ totalDocs: 0 })
  })

  it('imports attachments with alt text per locale, dropping camera labels, and term names per locale', async () => {
    const { docs } = await payload.find({ collection: 'media', locale: 'all', where: { wordpressId: { equals: 2003 } } })
    expect(docs[0]).toMatchObject({ alt: { it: 'Un gatto sulla scrivania', en: 'A cat on the desk' } })
    expect(docs[0]?.sizes?.thumbnail?.mimeType).toBe('image/webp')
    const category = await payload.find({ collection: 'categories', locale: 'all', where: { wordpressId: { equals: 5 } } })
    expect(category.docs[0]).toMatchObject({ title: { it: 'Eventi', en: 'Events' } })
    const network = await payload.find({ collection: 'categories', locale: 'all', where: { wordpressId: { equals: 6 } } })
    expect(network.docs[0]).toMatchObject({ title: { it: 'Rete', en: 'Network' } })
  })

  it('changes nothing when run again on the same file', async () => {
    const before = await snapshot()
    const again = await importWordpress(payload, options)
    expect(again.created).toEqual({ posts: 0, media: 0, categories: 0, tags: 0, users: 0 })
    expect(again.updated).toEqual({ posts: 0, media: 0, categories: 0, tags: 0, users: 0 })
    expect(again.unchanged).toMatchObject({ posts: 7, media: 3, categories: 2, tags: 2 })
    expect(await snapshot()).toEqual(before)
  }, 60_000)

  it('updates, never duplicates, when a post changed on the old site', async () => {
    const file = await exportWith(item(1104, '[:it]Open day (aggiornato)[:en]Open day in Fano[:]', '[:it]Il primo open day.[:en]The first open day.[:]', { postName: 'open-day' }))
    try {
      const report = await importWordpress(payload, { ...options, file })
      expect(report.updated.posts).toBe(1)
      const { totalDocs } = await payload.count({ collection: 'posts', where: { wordpressId: { equals: 1104 } } })
      expect(totalDocs).toBe(1)
      expect((await postByWordpressId(1104))?.title).toBe('Open day (aggiornato)')
    } finally {
      // Back to the fixture's text, for the tests that read it.
      await importWordpress(payload, options)
    }
  }, 60_000)

  it('writes nothing in a dry run, and reports the same', async () => {
    const before = await snapshot()
    const file = await exportWith(item(9100, '[:it]Nuovo[:en]New[:]', '[:it]Testo[:en]Text[:]'))
    const report = await importWordpress(payload, { ...options, file, dryRun: true })
    expect(report).toMatchObject({ dryRun: true, created: { posts: 1 } })
    expect(await snapshot()).toEqual(before)
  })

  it('fails on a malformed file with its line and column, writing nothing', async () => {
    const before = await snapshot()
    const file = await exportWith(item(9200, 'Prima', 'Un post valido') + '\n<item><title>Rotto</titel></item>')
    const error = await importWordpress(payload, { ...options, file }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WxrSyntaxError)
    expect(error).toMatchObject({ line: expect.any(Number), column: expect.any(Number) })
    expect((error as WxrSyntaxError).line).toBeGreaterThan(20)
    expect((error as Error).message).toMatch(/line \d+, column \d+/)
    expect(await snapshot()).toEqual(before)
  })

  it("refreshes PostgreSQL's statistics of the posts' tables it wrote, and only then", async () => {
    const analyzed = async () => {
      const { rows } = await (payload.db as unknown as { pool: { query: (sql: string) => Promise<{ rows: { relname: string; analyze_count: string }[] }> } }).pool.query(
        `SELECT relname, analyze_count FROM pg_stat_user_tables WHERE relname IN ('posts', '_posts_v', '_posts_v_locales', 'events') ORDER BY relname`,
      )
      return Object.fromEntries(rows.map((row) => [row.relname, Number(row.analyze_count)]))
    }
    const before = await analyzed()
    await importWordpress(payload, options)
    expect(await analyzed()).toEqual(before)
    const file = await exportWith(item(9400, '[:it]Statistiche[:en]Statistics[:]', '[:it]Testo[:en]Text[:]'))
    await importWordpress(payload, { ...options, file })
    onTestFinished(() => payload.delete({ collection: 'posts', where: { wordpressId: { equals: 9400 } } }).then(() => undefined))
    expect(await analyzed()).toEqual({ ...before, posts: before.posts + 1, _posts_v: before._posts_v + 1, _posts_v_locales: before._posts_v_locales + 1 })
  }, 60_000)

  it('imports each post in a transaction: a post failing half-way leaves nothing behind', async () => {
    const longEnglishExcerpt = 'x'.repeat(450)
    const file = await exportWith(
      item(9300, '[:it]Buono[:en]Good[:]', '[:it]Testo[:en]Text[:]') +
        item(9301, '[:it]Rotto a metà[:en]Broken half-way[:]', '[:it]Testo[:en]Text[:]', { excerpt: `[:it]Breve[:en]${longEnglishExcerpt}[:]` }),
    )
    const report = await importWordpress(payload, { ...options, file })
    onTestFinished(() => payload.delete({ collection: 'posts', where: { wordpressId: { in: [9300, 9301] } } }).then(() => undefined))
    expect(report.created.posts).toBe(1)
    expect(report.skipped).toEqual([expect.objectContaining({ wordpressId: 9301, reason: expect.stringMatching(/^failed, nothing written: .*excerpt/) })])
    expect(await payload.count({ collection: 'posts', where: { wordpressId: { equals: 9301 } } })).toMatchObject({ totalDocs: 0 })
    expect(await payload.countVersions({ collection: 'posts', where: { 'version.wordpressId': { equals: 9301 } } })).toMatchObject({ totalDocs: 0 })
    expect(await payload.count({ collection: 'posts', where: { wordpressId: { equals: 9300 } } })).toMatchObject({ totalDocs: 1 })
  })
})
