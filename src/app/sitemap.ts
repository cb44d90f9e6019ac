import type { MetadataRoute } from 'next'
import { documentHref, everyLocale, type Href, sectionPathname } from '@/i18n/hrefs'
import { type Locale, locales } from '@/i18n/locales'
import { listSitemapDocuments } from '@/lib/cms/sitemap'
import { languageUrls } from '@/lib/seo/languageUrls'

// Rendered per request from the cached data layer: there is no database at build time.
export const dynamic = 'force-dynamic'

type Entry = MetadataRoute.Sitemap[number]

function entriesFor(existsIn: Partial<Record<Locale, Href>>, lastModified?: string): Entry[] {
  const languages = languageUrls(existsIn)
  return locales.flatMap((locale) => {
    const url = languages[locale]
    return url ? [{ url, lastModified, alternates: { languages } }] : []
  })
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const documents = await listSitemapDocuments()
  const staticPages: Href[] = ['/', ...Object.values(sectionPathname)]
  return [
    ...staticPages.flatMap((href) => entriesFor(everyLocale(href).existsIn)),
    ...documents.flatMap(({ section, slugs, updatedAt }) =>
      entriesFor(
        Object.fromEntries(Object.entries(slugs).map(([locale, slug]) => [locale, documentHref(section, slug)])),
        updatedAt,
      ),
    ),
  ]
}
