import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { EventStatus } from '@/lib/cms/events/views'
import { type DateStyle, type EventTiming, eventFormatter, formatEventDate } from '@/lib/format/formatEventDate'

type Props = { locale: Locale; event: EventTiming & { status: EventStatus }; style?: DateStyle }

/**
 * When an event takes place, on Rome's clock. The date of a cancelled or postponed event is struck
 * through, and a screen reader hears that it was the date originally planned.
 */
export async function EventDate({ locale, event, style = 'short' }: Props) {
  const t = await getTranslations({ locale, namespace: 'eventDate' })
  const text = formatEventDate(eventFormatter(locale), event, style)
  const when = (
    <time dateTime={event.start}>
      {text}
      {event.allDay && style === 'long' ? `, ${t('allDay')}` : null}
    </time>
  )
  if (event.status === 'scheduled') return when
  return (
    <>
      <span className="visually-hidden">{t('originally')} </span>
      <s>{when}</s>
    </>
  )
}
