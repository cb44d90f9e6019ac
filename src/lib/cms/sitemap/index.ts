import 'server-only'
import { contentCollections } from '@/content/types'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { findSitemapDocuments } from './queries'

export type { SitemapDocument } from './queries'

/** Every published document with its slug in each locale it is translated into. */
export const listSitemapDocuments = cached(
  'sitemap-documents',
  contentCollections,
  async () => findSitemapDocuments(await getPayloadClient()),
)
