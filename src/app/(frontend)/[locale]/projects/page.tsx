import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { OnlyInNotice } from '@/components/OnlyInNotice/OnlyInNotice'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionHeader } from '@/components/SectionHeader/SectionHeader'
import { ProjectCard } from '@/components/ProjectCard/ProjectCard'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { listProjects } from '@/lib/cms/projects'
import { sectionListMetadata } from '@/lib/seo/sectionListMetadata'

// The notice depends on the query string, so the list renders per request (reading searchParams
// under the layout's generateStaticParams fails in production otherwise); its data stays cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ only?: string | string[] }> }

const targets = everyLocale('/projects')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionListMetadata((await localeParams(params)).locale, 'projects')
}

export default async function ProjectsPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  const [{ only }, projects, t] = await Promise.all([searchParams, listProjects(locale), getTranslations({ locale, namespace: 'projects' })])
  return (
    <PageShell locale={locale} targets={targets}>
      <div className="container section">
        <SectionHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')} />
        <OnlyInNotice locale={locale} section="projects" only={only} />
        {projects.length > 0 ? (
          <ul className="grid list-plain">
            {projects.map((project) => (
              <li key={project.id}>
                <ProjectCard project={project} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('empty')}</p>
        )}
      </div>
    </PageShell>
  )
}
