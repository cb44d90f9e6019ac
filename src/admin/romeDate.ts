import { TZDate } from '@date-fns/tz'
import type { I18nClient } from '@payloadcms/translations'
import { format } from 'date-fns'
import { enUS, it } from 'date-fns/locale'
import { ROME_TIME_ZONE } from '@/config/rome'
import { ADMIN_DATE_TIME_FORMAT } from '@/fields/romeDateTime'

// Imported here rather than waiting for the admin's lazily loaded locale ("Caricamento..." meanwhile).
const dateLocales = { it, en: enUS }

/** An instant as the team reads it: Rome's wall clock, 24 hours, in the admin's language. */
export function formatRomeDate(date: Date | string, i18n: Pick<I18nClient, 'language'>): string {
  const locale = i18n.language === 'en' ? dateLocales.en : dateLocales.it
  return format(new TZDate(new Date(date).getTime(), ROME_TIME_ZONE), ADMIN_DATE_TIME_FORMAT, { locale })
}
