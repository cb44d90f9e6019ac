import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { Availability } from '@/lib/registration/availability'

/** The registration state in words: "3 seats left", "Fully booked", "Registration closed"… */
export async function registrationStateText(locale: Locale, state: Availability): Promise<string> {
  const t = await getTranslations({ locale, namespace: 'registration' })
  if (state.kind === 'open') return state.seatsLeft === undefined ? t('open') : t('seatsLeft', { count: state.seatsLeft })
  return t(state.kind)
}
