import type { Metadata } from 'next'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { BlogList, blogListMetadata } from './blogList'

type Props = { params: Promise<{ locale: Locale }> }

/**
 * The blog's first page, unfiltered: rendered once and kept in the render cache until a post,
 * category or tag changes, like a post page. The same address with a page number, a filter or the
 * language switch's notice is rewritten to `Filtered/` (src/config/listRewrites.ts), which
 * renders per request.
 */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return blogListMetadata((await localeParams(params)).locale, {})
}

export default async function BlogPage({ params }: Props) {
  return <BlogList locale={(await localeParams(params)).locale} query={{}} />
}
