import { PageArticle } from '@/components/PageArticle/PageArticle'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { loadDocument } from '@/lib/cms/loadDocument'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first visit, then cached until a page, an image or a form changes.
export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('pages')

export default async function Page({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const page = await loadDocument('pages', locale, slug)
  return <PageArticle locale={locale} slug={slug} page={page} />
}
