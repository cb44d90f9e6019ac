import type { CollectionSlug, Payload, RequiredDataFromCollectionSlug, Where } from 'payload'
import { matches } from '@/lib/matches'

export const writeContext = { disableRevalidate: true, seeding: true }

export type SeedContext = {
  payload: Payload
  now: Date
  log: (line: string) => void
  stats: { created: number; updated: number }
}

type Data<S extends CollectionSlug> = RequiredDataFromCollectionSlug<S>

export type DocSpec<S extends CollectionSlug> = {
  collection: S
  /** Italian data, written first; for most documents it holds the slug that finds them again. */
  it: Data<S>
  /** English data; leave it out to keep the document untranslated. */
  en?: Partial<Data<S>>
  /** How to find the document on the next run; defaults to its Italian slug, current or previous. */
  where?: Where
  /** An upload's file, read only when the document is created. */
  filePath?: string
}

function defaultWhere(data: object): Where {
  const slug = (data as { slug?: unknown }).slug
  if (typeof slug !== 'string') throw new Error('A seed document needs a slug or an explicit `where`.')
  return { or: [{ slug: { equals: slug } }, { 'previousSlugs.slug': { equals: slug } }] }
}

/**
 * Finds the document by its stable key, then creates it or brings each locale up to date, Italian
 * first. A locale that already matches is not written, so a re-run adds no versions. Returns the id.
 */
export async function upsert<S extends CollectionSlug>(ctx: SeedContext, spec: DocSpec<S>): Promise<number> {
  const { payload } = ctx
  const { collection } = spec
  const drafts = Boolean(payload.collections[collection].config.versions?.drafts)
  const it = { ...spec.it, ...(drafts && { _status: 'published' as const }) }
  const en = spec.en && { ...spec.en, ...(drafts && { _status: 'published' as const }) }
  // Payload cannot relate a generic slug to its data type; the specs are checked where they are written.
  const common = { collection, context: writeContext, depth: 0, draft: false, overrideAccess: true } as const

  const where = spec.where ?? defaultWhere(spec.it)
  const { docs } = await payload.find({ collection, where, locale: 'it', limit: 1, depth: 0, sort: 'id' })
  const existing = docs[0] as { id: number } | undefined
  if (!existing) {
    const { id } = (await payload.create({ ...common, locale: 'it', filePath: spec.filePath, data: it as never })) as { id: number }
    if (en) await payload.update({ ...common, id, locale: 'en', data: en as never })
    ctx.stats.created++
    ctx.log(`created ${collection} #${id}`)
    return id
  }

  const { id } = existing
  const changed: Array<'it' | 'en'> = []
  if (!matches(existing, it)) changed.push('it')
  if (en && !matches(await payload.findByID({ ...common, id, locale: 'en' }), en)) changed.push('en')
  for (const locale of changed) await payload.update({ ...common, id, locale, data: (locale === 'it' ? it : en) as never })
  if (changed.length) ctx.stats.updated++
  ctx.log(`${changed.length ? `updated (${changed.join(', ')})` : 'unchanged'} ${collection} #${id}`)
  return id
}

/** Upserts a keyed list in order and returns the ids under the same keys. */
export async function upsertAll<K extends string, S extends CollectionSlug>(
  ctx: SeedContext,
  specs: Record<K, DocSpec<S>>,
): Promise<Record<K, number>> {
  const ids = {} as Record<K, number>
  for (const key of Object.keys(specs) as K[]) ids[key] = await upsert(ctx, specs[key])
  return ids
}

export function mapValues<K extends string, A, B>(record: Record<K, A>, fn: (value: A, key: K) => B): Record<K, B> {
  return Object.fromEntries(Object.entries<A>(record).map(([key, value]) => [key, fn(value, key as K)])) as Record<K, B>
}
