import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { EventCard } from '@/components/EventCard/EventCard'
import { eventFormatter } from '@/lib/format/formatEventDate'
import { EventRows } from '@/components/EventRows/EventRows'
import { OnlyInNotice } from '@/components/OnlyInNotice/OnlyInNotice'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionHeader } from '@/components/SectionHeader/SectionHeader'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { calendarPaths, webcalUrl } from '@/lib/calendar/calendarPaths'
import { listEvents } from '@/lib/cms/events'
import { splitEvents } from '@/lib/cms/events/timeline'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import { sectionListMetadata } from '@/lib/seo/sectionListMetadata'
import styles from './events.module.css'

// The notice depends on the query string, so the list renders per request (reading searchParams
// under the layout's generateStaticParams fails in production otherwise); its data stays cached.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ only?: string | string[] }> }

const targets = everyLocale('/events')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return sectionListMetadata((await localeParams(params)).locale, 'events')
}

export default async function EventsPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  const [{ only }, events, t, tc] = await Promise.all([
    searchParams,
    listEvents(locale),
    getTranslations({ locale, namespace: 'events' }),
    getTranslations({ locale, namespace: 'calendar' }),
  ])
  // Split per request: the list is cached, the present is not.
  const { upcoming, past } = splitEvents(events, new Date())
  const format = eventFormatter(locale)
  return (
    <PageShell locale={locale} targets={targets}>
      <div className="container section">
        <SectionHeader eyebrow={t('eyebrow')} title={t('title')} description={t('description')}>
          <p>
            <a href={webcalUrl(absoluteUrl(calendarPaths.locale(locale)))}>{tc('subscribe')}</a>
          </p>
        </SectionHeader>
        <OnlyInNotice locale={locale} section="events" only={only} />

        <section aria-labelledby="events-upcoming" className={styles.block}>
          <div className="section-title">
            <h2 id="events-upcoming">{t('upcoming')}</h2>
            {upcoming.length > 0 && <p className="meta">{t('count', { count: upcoming.length })}</p>}
          </div>
          {upcoming.length > 0 ? (
            <ul className="grid list-plain">
              {upcoming.map((event, index) => (
                <li key={event.id}>
                  <EventCard event={event} locale={locale} priority={index === 0} />
                </li>
              ))}
            </ul>
          ) : (
            <p className={styles.empty}>{events.length > 0 ? t('noUpcoming') : t('empty')}</p>
          )}
        </section>

        {past.length > 0 && (
          <section aria-labelledby="events-past" className={styles.block}>
            <div className="section-title">
              <h2 id="events-past">{t('past')}</h2>
            </div>
            {past.map((group) => (
              <section key={group.year} aria-labelledby={`events-${group.year}`} className={styles.year}>
                <div className={styles.yearLabel}>
                  <h3 id={`events-${group.year}`}>{format.dateTime(new Date(group.events[0].start), { year: 'numeric' })}</h3>
                  <p className="meta">{t('count', { count: group.events.length })}</p>
                </div>
                <EventRows locale={locale} events={group.events} />
              </section>
            ))}
          </section>
        )}
      </div>
    </PageShell>
  )
}
