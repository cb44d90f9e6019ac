import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { EventSummary } from '@/lib/cms/events/views'
import { CmsImage } from '../CmsImage/CmsImage'
import { EventDate } from '../EventDate/EventDate'
import { eventFormatter } from '@/lib/format/formatEventDate'
import { EventStatus } from '../EventStatus/EventStatus'
import { EventPlace } from './EventPlace'
import styles from './EventCard.module.css'

type Props = { event: EventSummary; locale: Locale; priority?: boolean }

/** An event in a grid: a calendar leaf with its day, the title, when and where, and its status. */
export async function EventCard({ event, locale, priority = false }: Props) {
  const format = eventFormatter(locale)
  const start = new Date(event.start)
  const off = event.status !== 'scheduled'
  return (
    <article className={`card ${styles.card}`}>
      {event.image && (
        <CmsImage image={event.image} sizes="(min-width: 72rem) 23rem, (min-width: 40rem) 45vw, 100vw" priority={priority} />
      )}
      <div className={`card-body ${styles.body}`}>
        <div className={styles.head}>
          <span className={`${styles.leaf} ${off ? styles.leafOff : ''}`} aria-hidden="true">
            <span className={styles.month}>{format.dateTime(start, { month: 'short' })}</span>
            <span className={styles.day}>{format.dateTime(start, { day: 'numeric' })}</span>
          </span>
          <div className={styles.titles}>
            <h3>
              <Link href={contentHref('events', event.slug)}>{event.title}</Link>
            </h3>
            <p className={`meta ${styles.when}`}>
              <EventDate locale={locale} event={event} />
            </p>
          </div>
        </div>
        {event.place && (
          <p className={`meta ${styles.place}`}>
            <EventPlace locale={locale} place={event.place} />
          </p>
        )}
        {off && (
          <p className={styles.status}>
            <EventStatus locale={locale} status={event.status} />
          </p>
        )}
        {event.summary && <p className={styles.summary}>{event.summary}</p>}
      </div>
    </article>
  )
}
