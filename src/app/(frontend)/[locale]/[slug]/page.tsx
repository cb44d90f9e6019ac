import { PageBlocks } from '@/components/PageBlocks/PageBlocks'
import { PageShell } from '@/components/PageShell/PageShell'
import { contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { loadDocument } from '@/lib/cms/loadDocument'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'
import styles from './page.module.css'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first visit, then cached until a page or an image changes.
export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('pages')

export default async function Page({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const page = await loadDocument('pages', locale, slug)
  const opensWithHero = page.blocks[0]?.kind === 'hero'
  return (
    <PageShell locale={locale} targets={contentTargets('pages', page.slugs)}>
      <article>
        {!opensWithHero && (
          <header className={`narrow ${styles.header}`}>
            <h1>{page.title}</h1>
            {page.summary && <p className="lede">{page.summary}</p>}
          </header>
        )}
        <PageBlocks locale={locale} blocks={page.blocks} />
      </article>
    </PageShell>
  )
}
