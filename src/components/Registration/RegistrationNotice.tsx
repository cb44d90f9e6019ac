import type React from 'react'
import { Link } from '@/i18n/navigation'
import { contentHref } from '@/content/types'
import type { EventView } from '@/lib/cms/events'
import styles from './Registration.module.css'

type Props = { title: string; event?: EventView | null; back: string; children: React.ReactNode }

/** The frame of a registration page: what happened, for which event, and the way back to it. */
export function RegistrationNotice({ title, event, back, children }: Props) {
  return (
    <div className="narrow" style={{ paddingBlock: 'clamp(1.5rem, 5vw, 3rem)' }}>
      <p className="eyebrow">{title}</p>
      {event && <h1>{event.title}</h1>}
      <div className={styles.panel}>{children}</div>
      {event && (
        <p>
          <Link href={contentHref('events', event.slug)}>{back}</Link>
        </p>
      )}
    </div>
  )
}
