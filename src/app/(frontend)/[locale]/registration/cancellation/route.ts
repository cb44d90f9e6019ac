import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { cancelByToken } from '@/lib/registration/cancel'
import { registrationPaths } from '@/lib/registration/paths'
import { postedForm, rateLimited, refusal, seeOther } from '@/lib/registration/responses'

/** The cancel page's button: cancels the registration its token names, then 303 to the result. */
export async function POST(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params
  if (!isLocale(locale)) return new Response('Not found', { status: 404 })
  const limited = await rateLimited(request, locale, 'registrationCancel')
  if (limited) return limited
  const form = await postedForm(request)
  const token = typeof form === 'number' ? null : form.get('t')
  if (typeof token !== 'string' || token.length > 200) return refusal(locale, 400, 'cancelInvalid')
  const { outcome, eventId } = await cancelByToken(await getPayloadClient(), token)
  if (outcome === 'invalid') return refusal(locale, 400, 'cancelInvalid')
  return seeOther(request, registrationPaths.result(locale, outcome === 'cancelled' ? 'cancelled' : 'already', eventId!))
}
