import { getTranslations } from 'next-intl/server'
import { BackLink } from '@/components/BackLink/BackLink'
import { CmsImage } from '@/components/CmsImage/CmsImage'
import { DocumentFacts, Fact } from '@/components/DocumentFacts/DocumentFacts'
import { EventDate } from '@/components/EventDate/EventDate'
import { EventShare } from '@/components/EventShare/EventShare'
import { EventStatus } from '@/components/EventStatus/EventStatus'
import { JsonLd } from '@/components/JsonLd/JsonLd'
import { PageShell } from '@/components/PageShell/PageShell'
import { RelatedPosts } from '@/components/RelatedPosts/RelatedPosts'
import { RichText } from '@/components/RichText/RichText'
import { SpaceLinkItem } from '@/components/SpaceCard/SpaceLinkItem'
import { namedInItalian, Untranslated } from '@/components/Untranslated/Untranslated'
import { contentHref, contentTargets } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { Link } from '@/i18n/navigation'
import type { EventView } from '@/lib/cms/events'
import { loadDocument } from '@/lib/cms/loadDocument'
import { endsAt } from '@/lib/cms/events/timeline'
import { getSite } from '@/lib/cms/site'
import { calendarEntry } from '@/lib/calendar/calendarFiles'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { documentPageMetadata } from '@/lib/seo/documentMetadata'
import { ogImagePath } from '@/lib/seo/generatedImage'
import { eventJsonLd } from '@/lib/seo/jsonLd/eventJsonLd'
import { localizedUrl } from '@/lib/seo/languageUrls'
import { RegistrationPanel } from '@/components/Registration/RegistrationPanel'
import { getSeatCounts } from '@/lib/cms/registration'
import { availability } from '@/lib/registration/availability'
import styles from './event.module.css'

type Props = { params: Promise<{ locale: Locale; slug: string }> }

// Rendered on the first visit, then cached until an event, space, project or post changes.
export function generateStaticParams() {
  return []
}

export const generateMetadata = documentPageMetadata('events')

async function Venue({ locale, event }: { locale: Locale; event: EventView }) {
  const t = await getTranslations({ locale, namespace: 'event' })
  const { venue } = event
  if (!venue) return null
  const italian = namedInItalian(venue.country)
  const town = [venue.postalCode, venue.city].filter(Boolean).join(' ')
  return (
    <Fact label={t('where')}>
      {venue.name && <p className={styles.venueName}>{venue.name}</p>}
      {(venue.address || town) && (
        <p>
          <Untranslated locale={locale} when={italian}>
            {[venue.address, town].filter(Boolean).join(', ')}
          </Untranslated>
        </p>
      )}
      {venue.mapUrl && (
        <p>
          <a href={venue.mapUrl} rel="noopener" className={styles.mapLink}>
            {t('map')}
          </a>
        </p>
      )}
    </Fact>
  )
}

export default async function EventPage({ params }: Props) {
  const { locale, slug } = await localeParams(params)
  const [event, site] = await Promise.all([loadDocument('events', locale, slug), getSite(locale)])
  const t = await getTranslations({ locale, namespace: 'event' })
  const off = event.status !== 'scheduled'
  const url = localizedUrl(locale, contentHref('events', event.slug))
  // The seats come from a cached read that every registration expires: the page stays cached.
  const settings = event.registration
  const registration = settings && availability(settings, event, await getSeatCounts(event.id), new Date())
  const jsonLd = eventJsonLd(event, {
    registration,
    url,
    image: absoluteUrl(event.cover?.src ?? ogImagePath(locale, 'event', event.id)),
    spaceUrl: (space) => (space.slug ? localizedUrl(locale, contentHref('spaces', space.slug)) : undefined),
  })
  return (
    <PageShell locale={locale} targets={contentTargets('events', event.slugs)}>
      <JsonLd data={jsonLd} />
      <article>
        <header className={`container ${styles.header}`}>
          <BackLink href="/events">{t('backToList')}</BackLink>
          <p className={`eyebrow ${styles.eyebrow}`}>
            {t('eyebrow')} <EventStatus locale={locale} status={event.status} />
          </p>
          <h1 className={styles.title}>{event.title}</h1>
          <p className={`${styles.when} ${off ? styles.whenOff : ''}`}>
            <EventDate locale={locale} event={event} style="long" />
          </p>
          {off && (
            <p className={`notice ${styles.statusNotice}`} role="note">
              {t(event.status === 'cancelled' ? 'cancelled' : 'postponed')}
            </p>
          )}
          {event.summary && <p className="lede">{event.summary}</p>}
        </header>

        <div className={`container ${styles.layout}`}>
          <DocumentFacts
            title={t('details')}
            id="event-details"
            footer={
              <>
                {registration && (registration.kind === 'open' || registration.kind === 'waitlist') ? (
                  <p className={styles.action}>
                    <a href="#registration" className="button">
                      {t('register')}
                    </a>
                  </p>
                ) : !settings && event.registrationUrl && !off ? (
                  <p className={styles.action}>
                    <a href={event.registrationUrl} className="button" rel="noopener">
                      {t('register')}
                    </a>
                  </p>
                ) : !off && site.contactHref && endsAt(event) > Date.now() ? (
                  <p className={styles.action}>
                    <a href={site.contactHref} className="button">
                      {t('askToJoin')}
                    </a>
                  </p>
                ) : null}
                <EventShare locale={locale} entry={calendarEntry(event, locale)} />
              </>
            }
          >
            <Fact label={t('when')}>
              <p>
                <EventDate locale={locale} event={event} />
              </p>
              {!event.allDay && <p className="meta">{t('timeZone')}</p>}
            </Fact>
            <Venue locale={locale} event={event} />
            {event.onlineUrl && (
              <Fact label={t('online')}>
                <p>
                  <a href={event.onlineUrl} rel="noopener">
                    {t('joinOnline')}
                  </a>
                </p>
              </Fact>
            )}
            {event.host && (
              <Fact label={t('host')}>
                <p>
                  <SpaceLinkItem space={event.host} />
                </p>
              </Fact>
            )}
            {event.partners.length > 0 && (
              <Fact label={t('partners')}>
                <ul className="list-plain">
                  {event.partners.map((space) => (
                    <li key={space.name}>
                      <SpaceLinkItem space={space} />
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
            {event.projects.length > 0 && (
              <Fact label={t('projects')}>
                <ul className="list-plain">
                  {event.projects.map((project) => (
                    <li key={project.slug}>
                      <Link href={contentHref('projects', project.slug)}>{project.title}</Link>
                    </li>
                  ))}
                </ul>
              </Fact>
            )}
          </DocumentFacts>

          <div className={styles.main}>
            {event.cover && (
              <CmsImage image={event.cover} sizes="(min-width: 60rem) 44rem, 100vw" priority className={styles.cover} />
            )}
            <RichText data={event.description} locale={locale} />
            {settings && registration && <RegistrationPanel locale={locale} event={event} settings={settings} state={registration} />}
          </div>
        </div>

        <div className="container">
          <RelatedPosts locale={locale} posts={event.posts} title={t('posts')} id="event-posts" />
        </div>
      </article>
    </PageShell>
  )
}
