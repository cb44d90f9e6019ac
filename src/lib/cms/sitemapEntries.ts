import 'server-only'
import { cached } from './cached'
import { getPayloadClient } from './client'
import { findSitemapDocuments } from './sitemapQueries'

export type { SitemapDocument } from './sitemapQueries'

/** Every published document with its slug in each locale it is translated into. */
export const listSitemapDocuments = cached(
  'sitemap-documents',
  ['posts', 'events', 'spaces', 'projects'],
  async () => findSitemapDocuments(await getPayloadClient()),
)
