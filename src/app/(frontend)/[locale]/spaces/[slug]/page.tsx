import { getTranslations } from 'next-intl/server'
import { BackLink } from '@/components/BackLink/BackLink'
import { CmsImage } from '@/components/CmsImage/CmsImage'
import { DocumentFacts, Fact } from '@/components/DocumentFacts/DocumentFacts'
import { EventRows } from '@/components/EventRows/EventRows'
import { JsonLd } from '@/components/JsonLd/JsonLd'
import { PageShell } from '@/components/PageShell/PageShell'
import { RelatedPosts } from '@/components/RelatedPosts/RelatedPosts'
import { RichText } from '@/components/RichText/RichText'
import { SpaceMark } from '@/components/SpaceCard/SpaceMark'
import { SpaceShare } from '@/components/SpaceShare/SpaceShare'
import { SpacePlace } from '@/components/SpaceCard/SpacePlace'
import { namedInItalian, Untranslated } from '@/components/Untranslated/Untranslated'
import { contentHref, contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { splitEvents } from '@/lib/cms/events/timeline'
import { loadDocument } from '@/lib/cms/loadDocument'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'
import { spaceJsonLd } from '@/lib/seo/jsonLd/spaceJsonLd'
import { localizedUrl } from '@/lib/seo/languageUrls'
import styles from './space.module.css'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first visit, then cached until a space, event or post changes. The split
// between upcoming and past events is made at render time, so the page is rendered again hourly.
export const revalidate = 3600

export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('spaces')

const hostname = (url: string) => {
  try {
    return new URL(url).hostname.replace(/^www\./, '')
  } catch {
    return url
  }
}

export default async function SpacePage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const space = await loadDocument('spaces', locale, slug)
  const t = await getTranslations({ locale, namespace: 'space' })
  const { upcoming, past } = splitEvents(space.events, new Date())
  const pastEvents = past.flatMap((group) => group.events)
  const roles = { host: t('hosted'), partner: t('partnered') }
  const hasLocation = Boolean(space.address || space.mapUrl)
  return (
    <PageShell locale={locale} targets={contentTargets('spaces', space.slugs)}>
      <JsonLd
        data={spaceJsonLd(space, {
          url: localizedUrl(locale, contentHref('spaces', space.slug)),
          logo: space.logo ? absoluteUrl(space.logo.src) : undefined,
        })}
      />
      <article>
        <header className={`container ${styles.header}`}>
          <BackLink href="/spaces">{t('backToList')}</BackLink>
          <div className={styles.identity}>
            {space.logo ? (
              <CmsImage image={space.logo} sizes="7rem" priority className={styles.logo} />
            ) : (
              <SpaceMark name={space.name} large />
            )}
            <div>
              <p className={`eyebrow ${styles.kind}`}>{space.kind === 'home' ? t('home') : t('partner')}</p>
              <h1 className={styles.title}>{space.name}</h1>
              <p className={styles.place}>
                <SpacePlace locale={locale} city={space.city} region={space.region} country={space.country} />
              </p>
            </div>
          </div>
        </header>

        <div className={`container ${styles.layout}`}>
          {(hasLocation || space.website) && (
            <DocumentFacts title={t('details')} id="space-details">
              {hasLocation && (
                <Fact label={t('where')}>
                  {space.address && (
                    <p>
                      <Untranslated locale={locale} when={namedInItalian(space.country)}>
                        {space.address}
                      </Untranslated>
                    </p>
                  )}
                  {space.mapUrl && (
                    <p>
                      <a href={space.mapUrl} rel="noopener" className={styles.strong}>
                        {t('map')}
                      </a>
                    </p>
                  )}
                </Fact>
              )}
              {space.website && (
                <Fact label={t('website')}>
                  <p>
                    <a href={space.website} rel="noopener" className={styles.strong}>
                      {hostname(space.website)}
                    </a>
                  </p>
                </Fact>
              )}
            </DocumentFacts>
          )}

          <div className={styles.main}>
            <RichText data={space.description} locale={locale} />
          </div>
        </div>

        <div className="container">
          <section aria-labelledby="space-events" className={styles.events}>
            <div className="section-title">
              <h2 id="space-events">{t('events')}</h2>
            </div>
            {space.events.length === 0 ? (
              <p className="meta">{t('noEvents')}</p>
            ) : (
              <div className={styles.eventGroups}>
                <section aria-labelledby="space-upcoming">
                  <h3 id="space-upcoming">{t('upcoming')}</h3>
                  {upcoming.length > 0 ? (
                    <EventRows locale={locale} events={upcoming} roleLabels={roles} />
                  ) : (
                    <p className="meta">{t('noUpcoming')}</p>
                  )}
                </section>
                {pastEvents.length > 0 && (
                  <section aria-labelledby="space-past">
                    <h3 id="space-past">{t('past')}</h3>
                    <EventRows locale={locale} events={pastEvents} roleLabels={roles} />
                  </section>
                )}
              </div>
            )}
          </section>
          <SpaceShare locale={locale} space={space} />
          <RelatedPosts locale={locale} posts={space.posts} title={t('posts')} id="space-posts" />
        </div>
      </article>
    </PageShell>
  )
}
