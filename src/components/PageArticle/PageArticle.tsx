import type { ComponentProps } from 'react'
import { PageBlocks } from '@/components/PageBlocks/PageBlocks'
import { PageShell } from '@/components/PageShell/PageShell'
import { contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import type { PageView } from '@/lib/cms/pages'
import styles from './PageArticle.module.css'

type Props = { locale: Locale; slug: string; page: PageView; form?: ComponentProps<typeof PageBlocks>['form'] }

/** A page of the pages collection: its title (unless a hero opens it) and its blocks. */
export function PageArticle({ locale, slug, page, form }: Props) {
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
        <PageBlocks locale={locale} blocks={page.blocks} slug={slug} form={form} />
      </article>
    </PageShell>
  )
}
