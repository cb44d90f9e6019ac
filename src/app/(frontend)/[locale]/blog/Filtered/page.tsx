import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { BlogList, blogListMetadata, type SearchParams } from '../blogList'

// A page number, a filter or a notice: the list renders per request, from the cached data layer.
// Reached by a rewrite of /{locale}/blog?… (src/config/listRewrites.ts); the capital keeps it
// apart from post slugs, which are lower case.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  return blogListMetadata((await localeParams(params)).locale, await searchParams)
}

export default async function FilteredBlogPage({ params, searchParams }: Props) {
  return <BlogList locale={(await localeParams(params)).locale} query={await searchParams} />
}
