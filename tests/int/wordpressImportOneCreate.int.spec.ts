import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { importWordpress, type ImportOptions } from '@/import/wordpress/importWordpress'
import { wordpressFixtures as fixtures } from './helpers/wxr'
import { testPayload } from './setup/payload'

const options: ImportOptions = {
  file: path.join(fixtures, 'export.xml'),
  uploadsDir: path.join(fixtures, 'uploads'),
  termNames: JSON.parse(await readFile(path.join(fixtures, 'term-names.json'), 'utf8')),
}
let payload: Payload

/** What differs between two writes of the same post by nature: ids, times of writing (a translation's too). */
function comparable(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(comparable)
  if (!value || typeof value !== 'object') return value
  const skipped = new Set(['id', 'parent', 'createdAt', 'updatedAt', 'latest'])
  return Object.fromEntries(Object.entries(value).flatMap(([name, entry]) => (skipped.has(name) ? [] : [[name, comparable(entry)]])))
}

/** Every imported post, all locales, as stored (the draft state included), as published and as its latest version. */
async function importedPosts() {
  const { docs } = await payload.find({ collection: 'posts', pagination: false, draft: true, depth: 0, locale: 'all', sort: 'wordpressId' })
  const stored = Object.fromEntries(
    await Promise.all(
      docs.map(async (doc) => {
        const latest = await payload.findVersions({ collection: 'posts', where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 1, locale: 'all', depth: 0 })
        const published = await payload.find({ collection: 'posts', where: { id: { equals: doc.id } }, draft: false, depth: 0, locale: 'all' })
        return [doc.wordpressId, comparable({ doc, published: published.docs[0], latestVersion: latest.docs[0]?.version })]
      }),
    ),
  )
  return { stored, versions: (await payload.countVersions({ collection: 'posts' })).totalDocs }
}

const deletePosts = () => payload.delete({ collection: 'posts', where: { id: { exists: true } }, overrideAccess: true })

beforeAll(async () => {
  payload = await testPayload()
  await deletePosts()
}, 60_000)

describe('a new translated post created in both languages at once', () => {
  it('stores what a create and an English update stored, with one version less', async () => {
    const separate = await importWordpress(payload, { ...options, separateLocaleSaves: true })
    const before = await importedPosts()
    await deletePosts()
    const together = await importWordpress(payload, options)
    const after = await importedPosts()
    await deletePosts()

    expect(together.created.posts).toBe(separate.created.posts)
    expect(Object.keys(after.stored)).toHaveLength(7)
    expect(after.stored).toEqual(before.stored)
    const translatedAndPublished = Object.values(after.stored).filter((post) => {
      const { doc } = post as { doc: { _status: string; availableIn: { en: boolean } } }
      return doc._status === 'published' && doc.availableIn.en
    }).length
    expect(translatedAndPublished).toBeGreaterThan(0)
    expect(after.versions).toBe(before.versions - translatedAndPublished)
  }, 180_000)
})
