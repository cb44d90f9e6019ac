import 'server-only'
import type { Section } from '@/i18n/hrefs'
import type { CacheSource } from '@/lib/cms/read/cacheTags'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { countSitemapDocuments, findSitemapChunk } from './queries'

export type { SitemapDocument } from './queries'
export { SITEMAP_DOCUMENTS_PER_CHUNK, sitemapSections } from './queries'

const sectionSources: Record<Section, CacheSource> = { blog: 'posts', events: 'events', spaces: 'spaces', projects: 'projects', pages: 'pages' }

/** How many published documents each section has; kept until one of them changes. */
export const countSitemapSections = cached('sitemap-counts', Object.values(sectionSources), async () =>
  countSitemapDocuments(await getPayloadClient()),
)

/** One sitemap file's documents, kept until a document of that section changes. */
export const getSitemapChunk = (section: Section, chunk: number) =>
  cached(`sitemap-${section}`, [sectionSources[section]], async (n: number) => findSitemapChunk(await getPayloadClient(), section, n))(chunk)
