import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { EventPlace as Place } from '@/lib/cms/events/views'
import { Untranslated } from '../Untranslated/Untranslated'

/** "Venue, Town" or "Online", for cards and lists. */
export async function EventPlace({ locale, place }: { locale: Locale; place?: Place }) {
  if (!place) return null
  if (place.kind === 'online') {
    const t = await getTranslations({ locale, namespace: 'eventCard' })
    return <>{t('online')}</>
  }
  return (
    <>
      {place.name}
      {place.name && place.city ? ', ' : null}
      {place.city && <Untranslated locale={locale}>{place.city}</Untranslated>}
    </>
  )
}
