import { getTranslations } from 'next-intl/server'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { ProjectSummary } from '@/lib/cms/projects/views'
import { CmsImage } from '../CmsImage/CmsImage'
import { ProgrammeBadge } from '../ProgrammeBadge/ProgrammeBadge'
import { ProjectPeriod } from '../ProjectPeriod/ProjectPeriod'
import styles from './ProjectCard.module.css'

type Props = { project: ProjectSummary; locale: Locale }

/** A project in a grid: programme and status, title, period and summary. */
export async function ProjectCard({ project, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'projectStatus' })
  return (
    <article className={`card ${styles.card}`}>
      {project.image && <CmsImage image={project.image} sizes="(min-width: 72rem) 23rem, (min-width: 40rem) 45vw, 100vw" />}
      <div className={`card-body ${styles.body}`}>
        <p className={styles.badges}>
          <ProgrammeBadge locale={locale} programme={project.programme} />
          <span className={`${styles.status} ${styles[project.status]}`}>{t(project.status)}</span>
        </p>
        <h3>
          <Link href={contentHref('projects', project.slug)}>{project.title}</Link>
        </h3>
        {project.hashtag && <p className={styles.hashtag}>{project.hashtag}</p>}
        <p className={`meta ${styles.period}`}>
          <ProjectPeriod locale={locale} period={project.period} />
        </p>
        {project.summary && <p className={styles.summary}>{project.summary}</p>}
      </div>
    </article>
  )
}
