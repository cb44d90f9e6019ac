import type { Section } from '@/i18n/hrefs'
import { sitemapSections } from '@/lib/cms/sitemap/queries'

/** A file of the sitemap: the static pages, or the n-th slice of a section's documents. */
export type SitemapFile = { kind: 'pages' } | { kind: 'section'; section: Section; chunk: number }

export const sitemapFileName = (file: SitemapFile) => (file.kind === 'pages' ? 'pages.xml' : `${file.section}-${file.chunk}.xml`)

const fileNamePattern = new RegExp(`^(?:(pages)|(${sitemapSections.join('|')})-(0|[1-9][0-9]{0,5}))\\.xml$`)

/** The file a name asks for, or null when it is not one of the sitemap's names. */
export function parseSitemapFileName(name: string): SitemapFile | null {
  const match = fileNamePattern.exec(name)
  if (!match) return null
  return match[1] ? { kind: 'pages' } : { kind: 'section', section: match[2] as Section, chunk: Number(match[3]) }
}
