import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { EventStatus as Status } from '@/lib/cms/events/views'

/** A badge for a cancelled or postponed event; nothing for one that goes ahead as planned. */
export async function EventStatus({ locale, status }: { locale: Locale; status: Status }) {
  if (status === 'scheduled') return null
  const t = await getTranslations({ locale, namespace: 'eventStatus' })
  return <span className="badge badge-alert">{t(status)}</span>
}
