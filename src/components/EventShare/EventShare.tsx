import { getTranslations } from 'next-intl/server'
import { CopyButton } from '@/components/CopyButton/CopyButton'
import type { Locale } from '@/i18n/locales'
import type { CalendarEntry } from '@/lib/calendar/calendarEntry'
import { googleCalendarUrl, outlookCalendarUrl } from '@/lib/calendar/calendarLinks'
import { calendarPaths } from '@/lib/calendar/calendarPaths'
import { absoluteUrl } from '@/lib/seo/absoluteUrl'
import styles from './EventShare.module.css'

type Props = { locale: Locale; entry: CalendarEntry }

/** Add to calendar (.ics, Google, Outlook) and the event's permanent link with a copy button. */
export async function EventShare({ locale, entry }: Props) {
  const t = await getTranslations({ locale, namespace: 'eventShare' })
  const shortUrl = absoluteUrl(calendarPaths.shortEvent(entry.id))
  return (
    <section aria-labelledby="event-share" className={styles.share}>
      <h2 id="event-share" className={styles.title}>
        {t('title')}
      </h2>
      <ul className={`list-plain ${styles.links}`}>
        <li>
          <a href={calendarPaths.event(locale, entry.id)} download={`event-${entry.id}.ics`}>
            {t('download')}
          </a>
        </li>
        <li>
          <a href={googleCalendarUrl(entry)} rel="noopener" target="_blank">
            {t('google')}
          </a>
        </li>
        <li>
          <a href={outlookCalendarUrl(entry)} rel="noopener" target="_blank">
            {t('outlook')}
          </a>
        </li>
      </ul>
      <p className={styles.label} id="event-short-link">
        {t('shortLink')}
      </p>
      <p className={styles.short}>
        <code>{shortUrl}</code>
        <CopyButton text={shortUrl} label={t('copy')} copiedLabel={t('copied')} />
      </p>
    </section>
  )
}
