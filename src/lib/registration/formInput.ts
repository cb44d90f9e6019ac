import { z } from 'zod'
import { MAX_PEOPLE_LIMIT } from '@/collections/Events/registrationFields'

export type FieldName = 'name' | 'email' | 'people' | 'consent'
export type FormValues = { name: string; email: string; people: string }
export type FormState = { event: number; values: FormValues; errors: FieldName[] }

// Control characters (NUL included) are no part of a name or an address.
const clean = (value: string) => !/[\u0000-\u001f\u007f]/.test(value)

const fields = {
  name: z.string().trim().min(1).max(200).refine(clean),
  email: z.email().max(254).refine(clean),
  people: z.coerce.number().int().min(1).max(MAX_PEOPLE_LIMIT),
  consent: z.literal('on'),
}

export const FORM_COOKIE = 'registration-form'

export const eventIdSchema = z.coerce.number().int().min(1).max(2_147_483_647)

const single = (form: FormData, key: string) => {
  const value = form.get(key)
  return typeof value === 'string' ? value : ''
}

/** The registration form as typed: the values to keep, each field's problem, and the input when there is none. */
export function readRegistrationForm(form: FormData, maxPeople = MAX_PEOPLE_LIMIT) {
  const values: FormValues = { name: single(form, 'name').slice(0, 300), email: single(form, 'email').slice(0, 300), people: single(form, 'people').slice(0, 10) }
  const errors: FieldName[] = []
  const name = fields.name.safeParse(values.name)
  if (!name.success) errors.push('name')
  const email = fields.email.safeParse(values.email.trim())
  if (!email.success) errors.push('email')
  const people = fields.people.safeParse(values.people || '1')
  if (!people.success || people.data > maxPeople) errors.push('people')
  if (!fields.consent.safeParse(form.get('consent')).success) errors.push('consent')
  if (errors.length || !name.success || !email.success || !people.success) return { values, errors, input: undefined }
  return { values, errors, input: { name: name.data, email: email.data, people: people.data, consent: true as const } }
}

/** The typed values and errors travel to the form page in a short-lived cookie, not in the address. */
export const encodeFormState = (state: FormState) => Buffer.from(JSON.stringify(state)).toString('base64url')

export function decodeFormState(raw: string | undefined): FormState | undefined {
  if (!raw || raw.length > 4000) return undefined
  try {
    const parsed = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8')) as FormState
    if (typeof parsed?.event !== 'number' || !Array.isArray(parsed.errors) || typeof parsed.values !== 'object') return undefined
    const text = (v: unknown) => (typeof v === 'string' ? v.slice(0, 300) : '')
    return { event: parsed.event, errors: parsed.errors.filter((e): e is FieldName => ['name', 'email', 'people', 'consent'].includes(e)), values: { name: text(parsed.values.name), email: text(parsed.values.email), people: text(parsed.values.people) } }
  } catch {
    return undefined
  }
}
