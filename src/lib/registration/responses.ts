import { getTranslations } from 'next-intl/server'
import type { Locale } from '@/i18n/locales'
import { consume, clientAddress } from '@/lib/rateLimit/rateLimiter'
import type { RateLimitName } from '@/lib/rateLimit/limits'

const noStore = { 'Cache-Control': 'no-store' }

/** A 303 to a page of the site: the browser follows it with a GET, so a reload never posts twice. */
export function seeOther(request: Request, path: string): Response {
  const target = new URL(path, request.url)
  // A relative Location: behind the TLS proxy, request.url's origin is the internal one.
  return new Response(null, { status: 303, headers: { ...noStore, Location: target.pathname + target.search } })
}

/** A short refusal in the visitor's language. */
export async function refusal(locale: Locale, status: number, key: 'badForm' | 'tooManyRequests' | 'cancelInvalid', seconds?: number, headers: Record<string, string> = {}) {
  const t = await getTranslations({ locale, namespace: 'registration' })
  return new Response(`${t(key, { seconds: seconds ?? 0 })}\n`, {
    status,
    headers: { ...noStore, ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'Content-Language': locale },
  })
}

/** The 429 a client past its allowance gets, in its language, with Retry-After. */
export async function rateLimited(request: Request, locale: Locale, name: RateLimitName): Promise<Response | undefined> {
  const wait = await consume(name, clientAddress(request.headers))
  return wait ? refusal(locale, 429, 'tooManyRequests', wait, { 'Retry-After': String(wait) }) : undefined
}

const FORM_TYPES = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i
const MAX_FORM_BYTES = 16 * 1024

/** The posted form, or why it cannot be read: a form's type, a small body. */
export async function postedForm(request: Request): Promise<FormData | number> {
  if (!FORM_TYPES.test(request.headers.get('content-type') ?? '')) return 415
  const text = await request.text().catch(() => null)
  if (text === null) return 400
  if (Buffer.byteLength(text) > MAX_FORM_BYTES) return 413
  try {
    return await new Request(request.url, { method: 'POST', headers: { 'content-type': request.headers.get('content-type')! }, body: text }).formData()
  } catch {
    return 400
  }
}
