import { z } from 'zod'
import type { Locale } from '@/i18n/locales'
import type { Submission } from './submitForm'

export const MAX_FORM_BYTES = 64 * 1024

/** The hidden fields the form block adds; visitors' field names never start with an underscore. */
export const hiddenFields = { form: '_form', page: '_page', fillTime: '_t', honeypot: 'website_url' } as const

export type BodyProblem = 'tooLarge' | 'unsupported' | 'malformed'

async function readLimited(request: Request): Promise<Uint8Array | 'tooLarge'> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > MAX_FORM_BYTES) return 'tooLarge'
  const chunks: Uint8Array[] = []
  let size = 0
  const reader = request.body?.getReader()
  if (!reader) return new Uint8Array()
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    size += read.value.byteLength
    if (size > MAX_FORM_BYTES) {
      await reader.cancel()
      return 'tooLarge'
    }
    chunks.push(read.value)
  }
  return Buffer.concat(chunks)
}

const hidden = z.object({
  [hiddenFields.form]: z.coerce.number().int().positive().max(2 ** 31 - 1),
  [hiddenFields.page]: z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
})

/**
 * A urlencoded form body, refused whole when it is too large, not UTF-8, holds a NUL, repeats a
 * field or lacks the hidden fields: browsers never send those, so nothing a person typed is lost.
 */
export async function readFormBody(request: Request, locale: Locale): Promise<Submission | BodyProblem> {
  const type = request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase()
  if (type !== 'application/x-www-form-urlencoded') return 'unsupported'
  const bytes = await readLimited(request).catch(() => 'malformed' as const)
  if (typeof bytes === 'string') return bytes
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return 'malformed'
  }
  const params = new URLSearchParams(text)
  const values: Record<string, string> = {}
  for (const [key, value] of params) {
    if (key in values || key.includes('\0') || value.includes('\0') || value.includes('\uFFFD')) return 'malformed'
    values[key] = value
  }
  const parsed = hidden.safeParse(values)
  if (!parsed.success) return 'malformed'
  const visitor = Object.fromEntries(Object.entries(values).filter(([key]) => !key.startsWith('_') && key !== hiddenFields.honeypot))
  return {
    formId: parsed.data[hiddenFields.form] as number,
    slug: parsed.data[hiddenFields.page] as string,
    locale,
    values: visitor,
    honeypot: values[hiddenFields.honeypot] ?? '',
    fillToken: values[hiddenFields.fillTime],
  }
}
