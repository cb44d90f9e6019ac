import { cookies } from 'next/headers'
import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { FORM_COOKIE, encodeFormState, eventIdSchema, readRegistrationForm } from '@/lib/registration/formInput'
import { registrationPaths } from '@/lib/registration/paths'
import { register } from '@/lib/registration/register'
import { postedForm, rateLimited, refusal, seeOther } from '@/lib/registration/responses'

/** The registration form's target: register, then 303 to the result; a form with problems goes back with them. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const limited = await rateLimited(request, locale, 'registration')
  if (limited) return limited
  const form = await postedForm(request)
  if (typeof form === 'number') return refusal(locale, form, 'badForm')
  const event = eventIdSchema.safeParse(form.get('event'))
  if (!event.success || form.getAll('event').length !== 1) return refusal(locale, 400, 'badForm')
  const { input, values, errors } = readRegistrationForm(form)
  const outcome = input ? await register(await getPayloadClient(), { ...input, eventId: event.data, locale }) : undefined
  if (!input || outcome === 'tooMany') {
    const jar = await cookies()
    jar.set(FORM_COOKIE, encodeFormState({ event: event.data, values, errors: input ? ['people'] : errors }), {
      path: `/${locale}/registration`,
      httpOnly: true,
      sameSite: 'lax',
      secure: new URL(request.url).protocol === 'https:',
      maxAge: 10 * 60,
    })
    return seeOther(request, registrationPaths.result(locale, 'form', event.data))
  }
  return seeOther(request, registrationPaths.result(locale, outcome!, event.data))
}
