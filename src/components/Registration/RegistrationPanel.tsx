import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { EventView } from '@/lib/cms/events'
import { eventFormatter } from '@/lib/format/formatEventDate'
import type { Availability, RegistrationSettings } from '@/lib/registration/availability'
import { RegistrationForm } from './RegistrationForm'
import { registrationStateText } from './RegistrationState'
import styles from './Registration.module.css'

type Props = { locale: Locale; event: EventView; settings: RegistrationSettings; state: Availability }

/** The event page's registration: its state in words, then the form while seats or the waitlist are open. */
export async function RegistrationPanel({ locale, event, settings, state }: Props) {
  const t = await getTranslations({ locale, namespace: 'registration' })
  const line = await registrationStateText(locale, state)
  const accepting = state.kind === 'open' || state.kind === 'waitlist'
  return (
    <section aria-labelledby="registration-title" id="registration" className={styles.panel}>
      <h2 id="registration-title" className={styles.title}>
        {t('title')}
      </h2>
      <p className={styles.state} data-state={state.kind}>
        {line}
      </p>
      {accepting && settings.closesAt && (
        <p className="meta">{t('closesAt', { when: eventFormatter(locale).dateTime(new Date(settings.closesAt), { dateStyle: 'long', timeStyle: 'short' }) })}</p>
      )}
      {accepting && <RegistrationForm locale={locale} eventId={event.id} maxPeople={settings.maxPeople} waitlist={state.kind === 'waitlist'} />}
    </section>
  )
}
