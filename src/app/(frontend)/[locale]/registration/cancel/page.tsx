import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { PageShell } from '@/components/PageShell/PageShell'
import { RegistrationNotice } from '@/components/Registration/RegistrationNotice'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { findCancellable } from '@/lib/cms/registration'
import { registrationPaths } from '@/lib/registration/paths'

// Opening the link only asks: mail scanners that follow links must not cancel anyone.
export const dynamic = 'force-dynamic'

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const t = await getTranslations({ locale, namespace: 'registration' })
  return { title: t('cancelTitle'), robots: { index: false, follow: false }, referrer: 'no-referrer' }
}

export default async function CancelRegistrationPage({ params, searchParams }: Props) {
  const { locale } = await localeParams(params)
  const { t: token } = await searchParams
  const t = await getTranslations({ locale, namespace: 'registration' })
  const found = typeof token === 'string' && token.length <= 200 ? await findCancellable(locale, token) : null
  const registration = found?.registration
  return (
    <PageShell locale={locale} targets={everyLocale('/events')}>
      <RegistrationNotice title={t('cancelTitle')} event={found?.event} back={t('backToEvent')}>
        {!registration ? (
          <p role="alert">{t('cancelInvalid')}</p>
        ) : registration.status === 'cancelled' ? (
          <p role="status">{t('cancelAlready')}</p>
        ) : (
          <form method="post" action={registrationPaths.cancelSubmit(locale)}>
            <p>{t('cancelQuestion', { name: registration.name, people: registration.people, event: found.event?.title ?? '' })}</p>
            {registration.status === 'waitlisted' && <p>{t('cancelWaitlisted')}</p>}
            <input type="hidden" name="t" value={token} />
            <button type="submit" className="button">
              {t('cancelSubmit')}
            </button>
          </form>
        )}
      </RegistrationNotice>
    </PageShell>
  )
}
