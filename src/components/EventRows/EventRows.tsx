import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { Link } from '@/i18n/navigation'
import type { EventSummary } from '@/lib/cms/events/views'
import { EventPlace } from '../EventCard/EventPlace'
import { EventDate } from '../EventDate/EventDate'
import { EventStatus } from '../EventStatus/EventStatus'
import styles from './EventRows.module.css'

type Row = EventSummary & { role?: 'host' | 'partner' }

type Props = { locale: Locale; events: Row[]; roleLabels?: Record<'host' | 'partner', string> }

/** A compact list of events (an archive year, a space's or a project's events): date, title, place. */
export function EventRows({ locale, events, roleLabels }: Props) {
  return (
    <ul className={`list-plain ${styles.rows}`}>
      {events.map((event) => (
        <li key={event.id} className={styles.row}>
          <p className={styles.when}>
            <EventDate locale={locale} event={event} />
          </p>
          <div className={styles.what}>
            <p className={styles.title}>
              <Link href={contentHref('events', event.slug)}>{event.title}</Link> <EventStatus locale={locale} status={event.status} />
            </p>
            {(event.place || (event.role && roleLabels)) && (
              <p className="meta">
                <EventPlace locale={locale} place={event.place} />
                {event.place && event.role && roleLabels ? ' · ' : null}
                {event.role && roleLabels ? roleLabels[event.role] : null}
              </p>
            )}
          </div>
        </li>
      ))}
    </ul>
  )
}
