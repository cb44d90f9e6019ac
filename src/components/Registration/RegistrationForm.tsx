import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import type { FieldName, FormValues } from '@/lib/registration/formInput'
import { registrationPaths } from '@/lib/registration/paths'
import styles from './Registration.module.css'

type Props = {
  locale: Locale
  eventId: number
  maxPeople: number
  waitlist: boolean
  values?: FormValues
  errors?: FieldName[]
}

/** The registration form: a plain POST that works without JavaScript; errors sit next to their field. */
export async function RegistrationForm({ locale, eventId, maxPeople, waitlist, values, errors = [] }: Props) {
  const t = await getTranslations({ locale, namespace: 'registration' })
  const invalid = (field: FieldName) => errors.includes(field)
  const described = (field: FieldName, hint?: string) => [hint, invalid(field) ? `registration-${field}-error` : undefined].filter(Boolean).join(' ') || undefined
  const error = (field: FieldName, message: string) =>
    invalid(field) ? (
      <p id={`registration-${field}-error`} className={styles.error}>
        {message}
      </p>
    ) : null
  return (
    <form method="post" action={registrationPaths.submit(locale)} className={styles.form} noValidate={errors.length > 0}>
      {errors.length > 0 && (
        <p className={styles.summary} role="alert">
          {t('errorSummary')}
        </p>
      )}
      <input type="hidden" name="event" value={eventId} />
      <div className={styles.field}>
        <label htmlFor="registration-name" className={styles.label}>
          {t('name')}
        </label>
        <input id="registration-name" name="name" autoComplete="name" required maxLength={200} defaultValue={values?.name} className={styles.input} aria-invalid={invalid('name')} aria-describedby={described('name')} />
        {error('name', t('errorName'))}
      </div>
      <div className={styles.field}>
        <label htmlFor="registration-email" className={styles.label}>
          {t('email')}
        </label>
        <input id="registration-email" name="email" type="email" autoComplete="email" required maxLength={254} defaultValue={values?.email} className={styles.input} aria-invalid={invalid('email')} aria-describedby={described('email', 'registration-email-hint')} />
        <p id="registration-email-hint" className={styles.hint}>
          {t('emailHint')}
        </p>
        {error('email', t('errorEmail'))}
      </div>
      <div className={styles.field}>
        <label htmlFor="registration-people" className={styles.label}>
          {t('people')}
        </label>
        <input id="registration-people" name="people" type="number" inputMode="numeric" min={1} max={maxPeople} required defaultValue={values?.people || '1'} className={`${styles.input} ${styles.people}`} aria-invalid={invalid('people')} aria-describedby={described('people', 'registration-people-hint')} />
        <p id="registration-people-hint" className={styles.hint}>
          {t('peopleHint', { max: maxPeople })}
        </p>
        {error('people', t('errorPeople', { max: maxPeople }))}
      </div>
      <div className={styles.field}>
        <div className={styles.consent}>
          <input id="registration-consent" name="consent" type="checkbox" required aria-invalid={invalid('consent')} aria-describedby={described('consent')} />
          <label htmlFor="registration-consent">
            {t.rich('consent', { link: (chunks) => <a href={`/${locale}/privacy`}>{chunks}</a> })}
          </label>
        </div>
        {error('consent', t('errorConsent'))}
      </div>
      <button type="submit" className={`button ${styles.submit}`}>
        {waitlist ? t('submitWaitlist') : t('submit')}
      </button>
    </form>
  )
}
