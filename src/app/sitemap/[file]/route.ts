import { parseSitemapFileName, sitemapFileUrlsOf } from '@/lib/seo/sitemapFiles'
import { urlsetXml, xmlResponse } from '@/lib/seo/sitemapXml'

// Each file is rendered on its first request, then cached until the tags of what it read expire.
export function generateStaticParams() {
  return []
}

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const file = parseSitemapFileName((await params).file)
  const urls = file && (await sitemapFileUrlsOf(file))
  if (!urls) return new Response('Not found', { status: 404 })
  return xmlResponse(urlsetXml(urls))
}
