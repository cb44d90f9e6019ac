import { getTranslations } from 'next-intl/server'
import { CardGrid } from '@/components/CardGrid/CardGrid'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionListHeader } from '@/components/SectionListHeader/SectionListHeader'
import { ProjectCard } from '@/components/ProjectCard/ProjectCard'
import { everyLocale } from '@/i18n/hrefs'
import { localeParams } from '@/i18n/requestLocale'
import { type SectionListProps, sectionListGenerateMetadata } from '../sectionList'
import { listProjects } from '@/lib/cms/projects'

// The notice depends on the query string, so the list renders per request (reading searchParams
// under the layout's generateStaticParams fails in production otherwise); its data stays cached.
export const dynamic = 'force-dynamic'

const targets = everyLocale('/projects')

export const generateMetadata = sectionListGenerateMetadata('projects')

export default async function ProjectsPage({ params, searchParams }: SectionListProps) {
  const { locale } = await localeParams(params)
  const [{ only }, projects, t] = await Promise.all([searchParams, listProjects(locale), getTranslations({ locale, namespace: 'projects' })])
  return (
    <PageShell locale={locale} targets={targets}>
      <div className="container section">
        <SectionListHeader locale={locale} section="projects" only={only} />
        {projects.length > 0 ? (
          <CardGrid items={projects}>
            {(project) => <ProjectCard project={project} locale={locale} />}
          </CardGrid>
        ) : (
          <p>{t('empty')}</p>
        )}
      </div>
    </PageShell>
  )
}
