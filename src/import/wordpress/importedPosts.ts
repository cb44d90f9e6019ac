import type { Post } from '@/payload-types'
import type { ImportSession } from './session'

/** A post an earlier run imported, as its latest draft reads in each locale. */
export type ImportedPost = { it: Post; en: Post | undefined }

/**
 * The posts of a batch that an earlier run imported (known from the slug plan), read in one query
 * per locale for the whole batch instead of two per post.
 */
export async function readImported(session: ImportSession, wordpressIds: number[]): Promise<Map<number, ImportedPost>> {
  const ids = wordpressIds.filter((id) => session.plan.imported.has(id))
  const imported = new Map<number, ImportedPost>()
  if (ids.length === 0) return imported
  const read = (locale: 'it' | 'en') =>
    session.payload.find({ collection: 'posts', where: { wordpressId: { in: ids } }, locale, draft: true, pagination: false, depth: 0 })
  const [it, en] = await Promise.all([read('it'), read('en')])
  const english = new Map(en.docs.map((doc) => [doc.id, doc]))
  for (const doc of it.docs) if (typeof doc.wordpressId === 'number') imported.set(doc.wordpressId, { it: doc, en: english.get(doc.id) })
  return imported
}
