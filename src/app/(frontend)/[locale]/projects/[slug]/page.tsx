import { getFormatter, getTranslations } from 'next-intl/server'
import { BackLink } from '@/components/BackLink/BackLink'
import { CmsImage } from '@/components/CmsImage/CmsImage'
import { DocumentFacts, Fact } from '@/components/DocumentFacts/DocumentFacts'
import { EventRows } from '@/components/EventRows/EventRows'
import { PageShell } from '@/components/PageShell/PageShell'
import { ProgrammeBadge } from '@/components/ProgrammeBadge/ProgrammeBadge'
import { ProjectPeriod } from '@/components/ProjectPeriod/ProjectPeriod'
import { RelatedPosts } from '@/components/RelatedPosts/RelatedPosts'
import { RichText } from '@/components/RichText/RichText'
import { SpaceLinkItem } from '@/components/SpaceCard/SpaceLinkItem'
import { namedInItalian, Untranslated } from '@/components/Untranslated/Untranslated'
import { contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import type { PartnerView } from '@/lib/cms/projects'
import { loadDocument } from '@/lib/cms/loadDocument'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'
import styles from './project.module.css'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first visit, then cached until a project, space, event or post changes.
export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('projects')

async function Partner({ locale, partner }: { locale: Locale; partner: PartnerView }) {
  const [t, format] = await Promise.all([getTranslations({ locale, namespace: 'project' }), getFormatter({ locale })])
  const country = (code?: string) => (code ? format.displayName(code.toUpperCase(), { type: 'region' }) : undefined)
  if (partner.kind === 'space') {
    const { space } = partner
    return (
      <>
        <p className={styles.partnerName}>
          <SpaceLinkItem space={space} />
        </p>
        <p className="meta">
          <Untranslated locale={locale} when={namedInItalian(space.country)}>
            {space.city}
          </Untranslated>
          , {country(space.country)} · {t('ourSpace')}
        </p>
      </>
    )
  }
  const place = [partner.city, country(partner.country)].filter(Boolean)
  return (
    <>
      <p className={styles.partnerName}>
        <Untranslated locale={locale}>
          {partner.website ? (
            <a href={partner.website} rel="noopener">
              {partner.name}
            </a>
          ) : (
            partner.name
          )}
        </Untranslated>
      </p>
      {place.length > 0 && (
        <p className="meta">
          {partner.city && (
            <Untranslated locale={locale} when={namedInItalian(partner.country)}>
              {partner.city}
            </Untranslated>
          )}
          {place.length > 1 ? ', ' : null}
          {partner.country && country(partner.country)}
        </p>
      )}
    </>
  )
}

export default async function ProjectPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const project = await loadDocument('projects', locale, slug)
  const [t, tStatus] = await Promise.all([
    getTranslations({ locale, namespace: 'project' }),
    getTranslations({ locale, namespace: 'projectStatus' }),
  ])
  return (
    <PageShell locale={locale} targets={contentTargets('projects', project.slugs)}>
      <article>
        <header className={`container ${styles.header}`}>
          <BackLink href="/projects">{t('backToList')}</BackLink>
          <p className={styles.badges}>
            <ProgrammeBadge locale={locale} programme={project.programme} />
            <span className="badge">{tStatus(project.status)}</span>
          </p>
          <h1 className={styles.title}>{project.title}</h1>
          {project.hashtag && <p className={styles.hashtag}>{project.hashtag}</p>}
          {project.summary && <p className="lede">{project.summary}</p>}
        </header>

        <div className={`container ${styles.layout}`}>
          <DocumentFacts title={t('details')} id="project-details">
            <Fact label={t('programme')}>
              <p>
                <ProgrammeBadge locale={locale} programme={project.programme} />
              </p>
            </Fact>
            {(project.period.start || project.period.end) && (
              <Fact label={t('period')}>
                <p>
                  <ProjectPeriod locale={locale} period={project.period} />
                </p>
              </Fact>
            )}
            <Fact label={t('status')}>
              <p>{tStatus(project.status)}</p>
            </Fact>
            {project.partners.length > 0 && (
              <Fact label={t('partners')}>
                <ul className={`list-plain ${styles.partners}`}>
                  {project.partners.map((partner, index) => (
                    <li key={`${partner.kind}-${index}`}>
                      <Partner locale={locale} partner={partner} />
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </DocumentFacts>

          <div className={styles.main}>
            {project.cover && <CmsImage image={project.cover} sizes="(min-width: 60rem) 44rem, 100vw" priority className={styles.cover} />}
            <RichText data={project.body} locale={locale} />
            {project.funding && (
              <section aria-labelledby="project-funding" className={styles.funding}>
                <h2 id="project-funding">{t('funding')}</h2>
                <p>{project.funding}</p>
              </section>
            )}
          </div>
        </div>

        <div className="container">
          {project.events.length > 0 && (
            <section aria-labelledby="project-events" className={styles.events}>
              <div className="section-title">
                <h2 id="project-events">{t('events')}</h2>
              </div>
              <EventRows locale={locale} events={project.events} />
            </section>
          )}
          <RelatedPosts locale={locale} posts={project.posts} title={t('posts')} id="project-posts" />
        </div>
      </article>
    </PageShell>
  )
}
