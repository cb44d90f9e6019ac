import type { DataFromCollectionSlug, FindOptions, Payload, SelectType } from 'payload'
import type { ContentCollection } from '@/content/types'
import type { ReadOptions } from './publicRead'

/** What a document page reads besides the document itself: its joins and the fields of its relations. */
export type PageQuery<C extends ContentCollection> = Pick<FindOptions<C, SelectType>, 'joins' | 'populate'>

/**
 * The one document of `collection` with this slug in the read's locale, as its page shows it
 * (relations one level deep), or null. `read` decides whose view: a visitor's or a previewing editor's.
 */
export async function findBySlug<C extends ContentCollection>(
  payload: Payload,
  collection: C,
  slug: string,
  read: ReadOptions,
  query: PageQuery<C> = {},
): Promise<DataFromCollectionSlug<C> | null> {
  const { docs } = await payload.find({ collection, where: { slug: { equals: slug } }, limit: 1, depth: 1, ...query, ...read })
  return docs[0] ?? null
}
