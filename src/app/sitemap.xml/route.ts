import { sitemapFileUrls } from '@/lib/seo/sitemapFiles'
import { sitemapIndexXml, xmlResponse } from '@/lib/seo/sitemapXml'

// Answered per request from the cached counts: there is no database at build time.
export const dynamic = 'force-dynamic'

/** The sitemap index: the static pages' file and one file per 5,000 documents of each section. */
export async function GET() {
  return xmlResponse(sitemapIndexXml(await sitemapFileUrls()))
}
