import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { searchAddress } from '@/lib/cms/search/searchAddress'
import { SearchView, searchMetadata } from './searchView'

/**
 * The search page as the query string asks. A search with words is rewritten by the proxy to
 * `Found/[key]` (src/lib/edge/searchPassage.ts), whose render is cached; this page answers the rest
 * (no words, too many, a query string that does not parse) per request.
 */
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return searchMetadata((await localeParams(params)).locale)
}

export default async function SearchPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  const address = searchAddress(await searchParams)
  if (!address) notFound()
  return <SearchView locale={locale} address={address} />
}
