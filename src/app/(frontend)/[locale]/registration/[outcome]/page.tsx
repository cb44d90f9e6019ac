import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { cookies } from 'next/headers'
import { notFound } from 'next/navigation'
import { z } from 'zod'
import { PageShell } from '@/components/PageShell/PageShell'
import { RegistrationForm } from '@/components/Registration/RegistrationForm'
import { RegistrationNotice } from '@/components/Registration/RegistrationNotice'
import { everyLocale } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { findRegistrationEvent } from '@/lib/cms/registration'
import { decodeFormState, eventIdSchema, FORM_COOKIE } from '@/lib/registration/formInput'

// Per visitor: what their submission did. Never cached, never indexed.
export const dynamic = 'force-dynamic'

const outcomes = {
  confirmed: 'confirmed',
  waitlisted: 'waitlisted',
  duplicate: 'duplicate',
  full: 'refusedFull',
  closed: 'refusedClosed',
  unavailable: 'unavailable',
  cancelled: 'cancelDone',
  already: 'cancelAlready',
  form: 'formTitle',
} as const

type Props = { params: Promise<{ locale: Locale; outcome: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }

const querySchema = z.object({ event: eventIdSchema })

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await localeParams(params)
  const t = await getTranslations({ locale, namespace: 'registration' })
  return { title: t('resultTitle'), robots: { index: false, follow: false } }
}

export default async function RegistrationResultPage({ params, searchParams }: Props) {
  const { locale, outcome } = await localeParams(params)
  const query = querySchema.safeParse(await searchParams)
  if (!Object.hasOwn(outcomes, outcome) || !query.success) notFound()
  const t = await getTranslations({ locale, namespace: 'registration' })
  const event = await findRegistrationEvent(locale, query.data.event)
  const key = outcomes[outcome as keyof typeof outcomes]
  const settings = event?.registration
  const state = outcome === 'form' ? decodeFormState((await cookies()).get(FORM_COOKIE)?.value) : undefined
  return (
    <PageShell locale={locale} targets={everyLocale('/events')}>
      <RegistrationNotice title={t('resultTitle')} event={event} back={t('backToEvent')}>
        {outcome === 'form' && event && settings ? (
          <>
            <h2>{t('formTitle')}</h2>
            <RegistrationForm
              locale={locale}
              eventId={event.id}
              maxPeople={settings.maxPeople}
              waitlist={false}
              values={state?.event === event.id ? state.values : undefined}
              errors={state?.event === event.id ? state.errors : undefined}
            />
          </>
        ) : (
          <p role="status" data-outcome={outcome}>
            {t(outcome === 'form' ? 'unavailable' : key)}
          </p>
        )}
      </RegistrationNotice>
    </PageShell>
  )
}
