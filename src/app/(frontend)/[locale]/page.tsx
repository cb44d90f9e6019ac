import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { CardGrid } from '@/components/CardGrid/CardGrid'
import { EventCard } from '@/components/EventCard/EventCard'
import { PageShell } from '@/components/PageShell/PageShell'
import { PostCard } from '@/components/PostCard/PostCard'
import { ProjectCard } from '@/components/ProjectCard/ProjectCard'
import { SpaceCard } from '@/components/SpaceCard/SpaceCard'
import { contentHref } from '@/content/types'
import { everyLocale, type Href } from '@/i18n/hrefs'
import { Link } from '@/i18n/navigation'
import { localeParams } from '@/i18n/requestLocale'
import { getUpcomingEvents } from '@/lib/cms/events'
import { getLatestPosts } from '@/lib/cms/posts'
import { listProjects } from '@/lib/cms/projects'
import { getSite } from '@/lib/cms/site'
import { listSpaces } from '@/lib/cms/spaces'
import { pageMetadata } from '@/lib/seo/pageMetadata'
import styles from './home.module.css'

type Props = { params: Promise<{ locale: string }> }

// "Next events" moves on with the clock, not only when an editor publishes.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const site = await getSite(locale)
  return {
    ...pageMetadata({ locale, title: site.name, description: site.tagline, existsIn: everyLocale('/').existsIn }),
    title: { absolute: site.name },
  }
}

function SectionTitle({ id, title, href, more }: { id: string; title: string; href: Href; more: string }) {
  return (
    <div className="section-title">
      <h2 id={id}>{title}</h2>
      <Link href={href}>{more} →</Link>
    </div>
  )
}

export default async function HomePage({ params }: Props) {
  const { locale } = await localeParams(params)
  const [t, site, events, posts, spaces, projects] = await Promise.all([
    getTranslations({ locale, namespace: 'home' }),
    getSite(locale),
    getUpcomingEvents(locale, 3),
    getLatestPosts(locale, 3),
    listSpaces(locale),
    listProjects(locale),
  ])
  const home = spaces.find((space) => space.kind === 'home')
  const partners = spaces.filter((space) => space.kind !== 'home')
  return (
    <PageShell locale={locale} targets={everyLocale('/')}>
      <section className={styles.hero}>
        <div className="container">
          {home && <p className="eyebrow">{t('welcome', { city: home.city })}</p>}
          <h1 className={styles.title}>{site.name}</h1>
          {site.tagline && <p className={styles.tagline}>{site.tagline}</p>}
          {home?.excerpt && <p className="lede">{home.excerpt}</p>}
          <p className={styles.actions}>
            <Link href="/events" className="button">
              {t('nextEvents')}
            </Link>
            {home && (
              <Link href={contentHref('spaces', home.slug)} className="button button-secondary">
                {t('explore')}
              </Link>
            )}
          </p>
        </div>
      </section>

      <section className="container section" aria-labelledby="home-events">
        <SectionTitle id="home-events" title={t('nextEvents')} href="/events" more={t('allEvents')} />
        {events.length ? (
          <CardGrid items={events}>
            {(event) => <EventCard event={event} locale={locale} />}
          </CardGrid>
        ) : (
          <p>{t('noEvents')}</p>
        )}
      </section>

      <section className="container section" aria-labelledby="home-posts">
        <SectionTitle id="home-posts" title={t('latestPosts')} href="/blog" more={t('allPosts')} />
        <CardGrid items={posts}>
          {(post) => <PostCard post={post} locale={locale} />}
        </CardGrid>
      </section>

      <section className="container section" aria-labelledby="home-spaces">
        <SectionTitle id="home-spaces" title={t('partners')} href="/spaces" more={t('allSpaces')} />
        <CardGrid items={partners}>
          {(space) => <SpaceCard space={space} locale={locale} placeShown />}
        </CardGrid>
      </section>

      <section className="container section" aria-labelledby="home-projects">
        <SectionTitle id="home-projects" title={t('projects')} href="/projects" more={t('allProjects')} />
        <CardGrid items={projects.slice(0, 3)}>
          {(project) => <ProjectCard project={project} locale={locale} />}
        </CardGrid>
      </section>
    </PageShell>
  )
}
