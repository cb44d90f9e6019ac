/** Sitemap files (sitemaps.org 0.9, with xhtml:link hreflang alternates) written as plain XML. */
export type SitemapUrl = { url: string; lastModified?: string; alternates: Record<string, string> }

const escapeXml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char] ?? char)

const header = '<?xml version="1.0" encoding="UTF-8"?>\n'

export function urlsetXml(urls: SitemapUrl[]): string {
  const entries = urls.map(({ url, lastModified, alternates }) => {
    const links = Object.entries(alternates).map(
      ([language, href]) => `<xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(href)}" />`,
    )
    return `<url>\n<loc>${escapeXml(url)}</loc>\n${links.join('\n')}\n${lastModified ? `<lastmod>${escapeXml(lastModified)}</lastmod>\n` : ''}</url>`
  })
  return `${header}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`
}

export function sitemapIndexXml(locations: string[]): string {
  const entries = locations.map((location) => `<sitemap><loc>${escapeXml(location)}</loc></sitemap>`)
  return `${header}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</sitemapindex>\n`
}

export const xmlResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } })
