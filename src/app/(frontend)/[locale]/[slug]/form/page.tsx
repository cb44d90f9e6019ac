import type { Metadata } from 'next'
import { PageArticle } from '@/components/PageArticle/PageArticle'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { redirect } from '@/i18n/navigation'
import { localeParams } from '@/i18n/requestLocale'
import { loadDocument } from '@/lib/cms/loadDocument'
import { formDraftState } from '@/lib/forms/formDraftState'

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ draft?: string | string[] }> }

// What a visitor typed is theirs: this view is rendered for them alone and never cached or indexed.
export const dynamic = 'force-dynamic'
export const metadata: Metadata = { robots: { index: false, follow: false } }

/** A page whose form came back with errors: the same page, the form holding the visitor's values and errors. */
export default async function PageWithFormErrors({ params, searchParams }: Props) {
  const { locale, slug } = await localeParams(params)
  const { draft } = await searchParams
  const page = await loadDocument('pages', locale, slug)
  const form = typeof draft === 'string' ? await formDraftState(draft, locale, slug) : undefined
  if (!form) redirect({ href: contentHref('pages', slug), locale })
  return <PageArticle locale={locale} slug={slug} page={page} form={form} />
}
