import 'server-only'
import { documentHref, everyLocale, type Href, sectionPathname } from '@/i18n/hrefs'
import { type Locale, locales } from '@/i18n/locales'
import { countSitemapSections, getSitemapChunk, SITEMAP_DOCUMENTS_PER_CHUNK, sitemapSections } from '@/lib/cms/sitemap'
import { absoluteUrl } from './absoluteUrl'
import { languageUrls } from './languageUrls'
import { type SitemapFile, sitemapFileName } from './sitemapFileNames'
import type { SitemapUrl } from './sitemapXml'

export { parseSitemapFileName } from './sitemapFileNames'

/** Every file of the sitemap index, as absolute URLs. */
export async function sitemapFileUrls(): Promise<string[]> {
  const counts = await countSitemapSections()
  const files: SitemapFile[] = [
    { kind: 'pages' },
    ...sitemapSections.flatMap((section) =>
      Array.from({ length: Math.ceil(counts[section] / SITEMAP_DOCUMENTS_PER_CHUNK) }, (_, chunk) => ({ kind: 'section' as const, section, chunk })),
    ),
  ]
  return files.map((file) => absoluteUrl(`/sitemap/${sitemapFileName(file)}`))
}

/** One entry per locale the page exists in, each carrying the alternates of all of them. */
function urlsFor(existsIn: Partial<Record<Locale, Href>>, lastModified?: string): SitemapUrl[] {
  const alternates = languageUrls(existsIn) as Record<string, string>
  return locales.flatMap((locale) => (alternates[locale] ? [{ url: alternates[locale], lastModified, alternates }] : []))
}

/** The addresses of one file, or null when the section has no such slice. */
export async function sitemapFileUrlsOf(file: SitemapFile): Promise<SitemapUrl[] | null> {
  if (file.kind === 'pages') {
    // Home and each section's list (pages have no list: their section's path is home's).
    const pages: Href[] = [...new Set<Href>(['/', ...Object.values(sectionPathname)])]
    return pages.flatMap((href) => urlsFor(everyLocale(href).existsIn))
  }
  const counts = await countSitemapSections()
  if (file.chunk * SITEMAP_DOCUMENTS_PER_CHUNK >= counts[file.section]) return null
  const documents = await getSitemapChunk(file.section, file.chunk)
  return documents.flatMap(({ section, slugs, updatedAt }) =>
    urlsFor(Object.fromEntries(Object.entries(slugs).map(([locale, slug]) => [locale, documentHref(section, slug)])), updatedAt),
  )
}
