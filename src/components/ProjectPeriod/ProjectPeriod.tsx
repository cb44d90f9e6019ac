import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { eventFormatter } from '@/lib/format/formatEventDate'
import { formatPeriod, type Period } from '@/lib/format/formatPeriod'

/** A project's period, month and year, in the page's language. */
export async function ProjectPeriod({ locale, period }: { locale: Locale; period: Period }) {
  const t = await getTranslations({ locale, namespace: 'projectCard' })
  const text = formatPeriod(eventFormatter(locale), period, (start) => t('from', { start }))
  if (!text) return null
  return period.start ? <time dateTime={period.start.slice(0, 7)}>{text}</time> : <>{text}</>
}
