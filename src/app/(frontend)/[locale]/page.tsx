import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
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
          <ul className="grid list-plain">
            {events.map((event) => (
              <li key={event.id}>
                <EventCard event={event} locale={locale} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('noEvents')}</p>
        )}
      </section>

      <section className="container section" aria-labelledby="home-posts">
        <SectionTitle id="home-posts" title={t('latestPosts')} href="/blog" more={t('allPosts')} />
        <ul className="grid list-plain">
          {posts.map((post) => (
            <li key={post.id}>
              <PostCard post={post} locale={locale} />
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="home-spaces">
        <SectionTitle id="home-spaces" title={t('partners')} href="/spaces" more={t('allSpaces')} />
        <ul className="grid list-plain">
          {partners.map((space) => (
            <li key={space.id}>
              <SpaceCard space={space} locale={locale} placeShown />
            </li>
          ))}
        </ul>
      </section>

      <section className="container section" aria-labelledby="home-projects">
        <SectionTitle id="home-projects" title={t('projects')} href="/projects" more={t('allProjects')} />
        <ul className="grid list-plain">
          {projects.slice(0, 3).map((project) => (
            <li key={project.id}>
              <ProjectCard project={project} locale={locale} />
            </li>
          ))}
        </ul>
      </section>
    </PageShell>
  )
}
