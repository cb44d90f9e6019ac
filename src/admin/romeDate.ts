import type { I18nClient } from '@payloadcms/translations'
import { formatDate } from '@payloadcms/ui/shared'
import { ADMIN_DATE_TIME_FORMAT, EVENT_TIME_ZONE } from '@/collections/shared/romeTime'

/** An instant as the team reads it: Rome's wall clock, 24 hours, in the admin's language. */
export function formatRomeDate(date: Date | string, i18n: I18nClient): string {
  return formatDate({ date, i18n, pattern: ADMIN_DATE_TIME_FORMAT, timezone: EVENT_TIME_ZONE })
}
