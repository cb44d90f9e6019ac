import { getTranslations } from 'next-intl/server'
import { CardGrid } from '@/components/CardGrid/CardGrid'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionListHeader } from '@/components/SectionListHeader/SectionListHeader'
import { ProjectCard } from '@/components/ProjectCard/ProjectCard'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { listProjects } from '@/lib/cms/projects'

const targets = everyLocale('/projects')

/** The projects list; `only` carries the language switch's notice. */
export async function ProjectsList({ locale, only }: { locale: Locale; only?: string | string[] }) {
  const [projects, t] = await Promise.all([listProjects(locale), getTranslations({ locale, namespace: 'projects' })])
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
