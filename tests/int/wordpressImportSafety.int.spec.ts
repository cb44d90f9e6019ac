import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readdir, symlink } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importWordpress } from '@/import/wordpress/importWordpress'
import { resolveOldUrl } from '@/lib/redirects/resolveOldUrl'
import { parseOldUrl } from '@/lib/redirects/oldUrls'
import { attachment, exportWith, item, wordpressFixtures } from './helpers/wxr'
import { testPayload } from './setup/payload'

let payload: Payload
let uploadsDir: string
let outsideDir: string

beforeAll(async () => {
  payload = await testPayload()
  // <tmp>/uploads is --uploads; <tmp>/outside.jpg and a symlink to it must stay out of reach.
  const root = await mkdtemp(path.join(os.tmpdir(), 'wp-safety-'))
  uploadsDir = path.join(root, 'uploads')
  outsideDir = root
  await mkdir(path.join(uploadsDir, '2020'), { recursive: true })
  const image = path.join(wordpressFixtures, 'uploads/2014/10/fiera.jpg')
  await copyFile(image, path.join(root, 'outside.jpg'))
  await copyFile(image, path.join(uploadsDir, '2020', 'rollback-probe.jpg'))
  await symlink(path.join(root, 'outside.jpg'), path.join(uploadsDir, '2020', 'link-out.jpg'))
}, 120_000)

const publicCount = async (wordpressId: number) =>
  (await payload.count({ collection: 'posts', overrideAccess: false, locale: 'it', where: { wordpressId: { equals: wordpressId } } })).totalDocs
const mediaCount = async (wordpressId: number) => (await payload.count({ collection: 'media', where: { wordpressId: { equals: wordpressId } } })).totalDocs
const mediaFiles = async (stem: string) => {
  const dir = payload.collections.media.config.upload.staticDir ?? ''
  return existsSync(dir) ? (await readdir(dir)).filter((name) => name.startsWith(stem)) : []
}

describe('the importer, against a hostile or changing export', () => {
  it('reads uploads only inside --uploads: no ../, no absolute path, no symlink out', async () => {
    const file = await exportWith(attachment(9401, '../outside.jpg', 'Fuori') + attachment(9402, '2020/link-out.jpg', 'Collegamento') + attachment(9403, path.join(outsideDir, 'outside.jpg'), 'Assoluto'))
    const report = await importWordpress(payload, { file, uploadsDir })
    expect(report.skipped.filter((s) => s.kind === 'media').map((s) => [s.wordpressId, s.reason])).toEqual([
      [9401, 'file outside --uploads'],
      [9402, 'file outside --uploads'],
      [9403, 'file outside --uploads'],
    ])
    for (const id of [9401, 9402, 9403]) expect(await mediaCount(id)).toBe(0)
    expect(existsSync(path.join(outsideDir, 'outside.jpg'))).toBe(true)
  })

  it('unpublishes a post that became a draft, or private, in WordPress', async () => {
    const published = await exportWith(item(9410, 'Pubblicato', 'Testo', { status: 'publish' }) + item(9411, 'Anche pubblicato', 'Testo', { status: 'publish' }))
    await importWordpress(payload, { file: published })
    expect([await publicCount(9410), await publicCount(9411)]).toEqual([1, 1])

    const withdrawn = await exportWith(item(9410, 'Pubblicato', 'Testo', { status: 'draft' }) + item(9411, 'Anche pubblicato', 'Testo', { status: 'private' }))
    const report = await importWordpress(payload, { file: withdrawn })
    expect(report.updated.posts).toBe(2)
    expect([await publicCount(9410), await publicCount(9411)]).toEqual([0, 0])
    const main = await payload.find({ collection: 'posts', where: { wordpressId: { in: [9410, 9411] } }, draft: false, depth: 0 })
    expect(main.docs.map((doc) => doc._status)).toEqual(['draft', 'draft'])
  })

  it('leaves no files behind when an attachment is rolled back', async () => {
    // The English alt text is written after the upload; make that step fail.
    const failing = new Proxy(payload, {
      get: (target, key, receiver) =>
        key === 'update'
          ? async (args: { collection: string }) => {
              if (args.collection === 'media') throw new Error('disk full')
              return target.update(args as never)
            }
          : Reflect.get(target, key, receiver),
    })
    const file = await exportWith(attachment(9420, '2020/rollback-probe.jpg', '[:it]Prova[:en]Probe[:]'))
    const report = await importWordpress(failing, { file, uploadsDir })
    expect(report.skipped).toEqual([expect.objectContaining({ kind: 'media', wordpressId: 9420, reason: 'failed, nothing written: disk full' })])
    expect(await mediaCount(9420)).toBe(0)
    expect(await mediaFiles('rollback-probe')).toEqual([])
    // Without the failure the same attachment imports, files and all.
    await importWordpress(payload, { file, uploadsDir })
    expect(await mediaCount(9420)).toBe(1)
    expect((await mediaFiles('rollback-probe')).length).toBeGreaterThan(1)
  })

  it("takes the Italian slug from WordPress's post_name, decoded, and keeps the old address working", async () => {
    const file = await exportWith(
      item(9430, 'Un titolo diverso dallo slug', 'Testo', { postName: 'vecchio-indirizzo' }) +
        item(9431, 'Città aperta', 'Testo', { postName: 'citt%c3%a0-aperta-2019' }) +
        item(9432, 'Senza nome', 'Testo', { postName: '' }),
    )
    await importWordpress(payload, { file })
    const slugOf = async (wordpressId: number) =>
      (await payload.find({ collection: 'posts', where: { wordpressId: { equals: wordpressId } }, locale: 'it', depth: 0 })).docs[0]?.slug
    expect(await slugOf(9430)).toBe('vecchio-indirizzo')
    expect(await slugOf(9431)).toBe('citta-aperta-2019')
    expect(await slugOf(9432)).toBe('senza-nome')
    const old = (address: string) => resolveOldUrl(payload, parseOldUrl(address, new URLSearchParams()) ?? {})
    expect(await old('/vecchio-indirizzo/')).toBe('/it/blog/vecchio-indirizzo')
    expect(await old('/2020/01/vecchio-indirizzo/')).toBe('/it/blog/vecchio-indirizzo')
  })
})
