import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { parseFoundKey } from '@/lib/cms/search/searchAddress'
import { SearchView, searchMetadata } from '../../searchView'

/**
 * A search with words: /{locale}/cerca?q=… comes here by next.config's rewrite of the search the
 * proxy named (src/lib/edge/searchPassage.ts, src/config/searchRewrites.ts). Rendered on its first
 * request, then served from the cache handler's own small store of search pages
 * (src/config/searchPages.mjs), which any expired tag empties. The capital keeps it apart.
 */
export function generateStaticParams() {
  return []
}

type Props = { params: Promise<{ locale: Locale; key: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await localeParams(params)).locale)
}

export default async function FoundSearchPage({ params }: Props) {
  const { locale, key } = await localeParams(params)
  const address = parseFoundKey(key)
  if (!address) notFound()
  return <SearchView locale={locale} address={address} />
}
