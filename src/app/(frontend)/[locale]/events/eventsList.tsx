import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { CardGrid } from '@/components/CardGrid/CardGrid'
import { EventCard } from '@/components/EventCard/EventCard'
import { eventFormatter } from '@/lib/format/formatEventDate'
import { EventRows } from '@/components/EventRows/EventRows'
import { Pagination } from '@/components/Pagination/Pagination'
import { parsePageParam } from '@/components/Pagination/pageNumbers'
import { PageShell } from '@/components/PageShell/PageShell'
import { SectionListHeader } from '@/components/SectionListHeader/SectionListHeader'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { calendarPaths, webcalUrl } from '@/lib/calendar/calendarPaths'
import { listEventsPage } from '@/lib/cms/events'
import { preloadSite } from '@/lib/cms/site'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import styles from './events.module.css'

const targets = everyLocale('/events')

export type EventsQuery = { only?: string | string[]; page?: string | string[] }

/** The events list in one state: its page of past events and the language switch's notice. */
export async function EventsList({ locale, query }: { locale: Locale; query: EventsQuery }) {
  const { only, page: pageParam } = query
  const page = parsePageParam(pageParam)
  if (page === undefined) notFound()
  preloadSite(locale)
  const [{ upcoming, past, pastPages, pastTotal, total }, t, tc] = await Promise.all([
    listEventsPage(locale, page),
    getTranslations({ locale, namespace: 'events' }),
    getTranslations({ locale, namespace: 'calendar' }),
  ])
  if (page > Math.max(1, pastPages)) notFound()
  const format = eventFormatter(locale)
  return (
    <PageShell locale={locale} targets={targets}>
      <div className="container section">
        <SectionListHeader locale={locale} section="events" only={only}>
          <p>
            <a href={webcalUrl(absoluteUrl(calendarPaths.locale(locale)))}>{tc('subscribe')}</a>
          </p>
        </SectionListHeader>

        {page === 1 && (
          <section aria-labelledby="events-upcoming" className={styles.block}>
            <div className="section-title">
              <h2 id="events-upcoming">{t('upcoming')}</h2>
              {upcoming.length > 0 && <p className="meta">{t('count', { count: upcoming.length })}</p>}
            </div>
            {upcoming.length > 0 ? (
              <CardGrid items={upcoming}>
                {(event, index) => <EventCard event={event} locale={locale} priority={index === 0} />}
              </CardGrid>
            ) : (
              <p className={styles.empty}>{total > 0 ? t('noUpcoming') : t('empty')}</p>
            )}
          </section>
        )}

        {past.length > 0 && (
          <section aria-labelledby="events-past" className={styles.block}>
            <div className="section-title">
              <h2 id="events-past">{t('past')}</h2>
              <p className="meta">{t('count', { count: pastTotal })}</p>
            </div>
            {past.map((group) => (
              <section key={group.year} aria-labelledby={`events-${group.year}`} className={styles.year}>
                <div className={styles.yearLabel}>
                  <h3 id={`events-${group.year}`}>{format.dateTime(new Date(group.events[0].start), { year: 'numeric' })}</h3>
                </div>
                <EventRows locale={locale} events={group.events} />
              </section>
            ))}
            <Pagination locale={locale} page={page} totalPages={pastPages} hrefFor={(n) => (n > 1 ? { pathname: '/events', query: { page: String(n) } } : '/events')} />
          </section>
        )}
      </div>
    </PageShell>
  )
}
