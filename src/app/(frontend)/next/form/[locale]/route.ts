import { isLocale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { plainPage } from '@/lib/edge/plainPage'
import { readFormBody } from '@/lib/forms/readFormBody'
import { submitForm } from '@/lib/forms/submitForm'
import { clientAddress, consume } from '@/lib/rateLimit/rateLimiter'

type Context = { params: Promise<{ locale: string }> }

const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, 'Cache-Control': 'no-store' } })

/** A form block's plain POST: 303 to the page's thank-you state, or to the page again with the errors. */
export async function POST(request: Request, { params }: Context) {
  const { locale } = await params
  if (!isLocale(locale)) return plainPage('badForm', '/it', {}, 404)
  const path = `/${locale}`
  const retryAfter = await consume('form', clientAddress(request.headers))
  if (retryAfter) return plainPage('tooManyRequests', path, { 'Retry-After': String(retryAfter) })
  const submission = await readFormBody(request, locale)
  if (submission === 'tooLarge') return plainPage('badForm', path, {}, 413)
  if (submission === 'unsupported') return plainPage('badForm', path, {}, 415)
  if (submission === 'malformed') return plainPage('badForm', path)
  const outcome = await submitForm(await getPayloadClient(), submission)
  const page = `/${locale}/${submission.slug}`
  if (outcome.kind === 'unknownForm') return plainPage('badForm', path, {}, 404)
  if (outcome.kind === 'invalid') return seeOther(`${page}/form?draft=${outcome.draftId}#form-${submission.formId}`)
  return seeOther(`${page}#form-${submission.formId}-sent`)
}
