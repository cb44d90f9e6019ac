import { z } from 'zod'
import type { FormInput } from '@/collections/Forms/formDefinition'

/** Why a value was refused; each has a sentence per locale (messages: formBlock.errors). */
export type FieldError = 'required' | 'email' | 'tooLong' | 'option' | 'date' | 'consent'
export type FieldErrors = Record<string, FieldError>

const maxLength = { text: 200, email: 254, textarea: 5000, date: 10, select: 100, checkbox: 5 } as const

const isoDate = (value: string) => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}

function fieldSchema(input: FormInput): z.ZodType<string> {
  if (input.kind === 'checkbox') {
    return input.required ? z.literal('true', { error: 'consent' }) : z.enum(['true', 'false'], { error: 'option' })
  }
  let value = z.string().trim().max(maxLength[input.kind], { error: 'tooLong' })
  if (input.required) value = value.min(1, { error: input.kind === 'select' ? 'option' : 'required' })
  let checked: z.ZodType<string> = value
  if (input.kind === 'email') checked = value.pipe(z.email({ error: 'email' }))
  if (input.kind === 'date') checked = value.refine(isoDate, { error: 'date' })
  if (input.kind === 'select') {
    const options = new Set(input.options.map((o) => o.value))
    checked = value.refine((v) => options.has(v), { error: 'option' })
  }
  return input.required ? checked : optional(checked)
}

/** Empty, or valid by the field's own check (whose error is the one reported). */
const optional = (checked: z.ZodType<string>) =>
  z.string().transform((raw, ctx) => {
    if (!raw.trim()) return ''
    const result = checked.safeParse(raw)
    if (result.success) return result.data
    ctx.addIssue({ code: 'custom', message: result.error.issues[0]?.message ?? 'option' })
    return z.NEVER
  })

/** The zod schema of a form, built from the fields its editors defined. */
export function formSchema(inputs: FormInput[]) {
  return z.object(Object.fromEntries(inputs.map((input) => [input.name, fieldSchema(input)])))
}

/** The visitor's values checked: either the clean values or one error per field. */
export function validateForm(inputs: FormInput[], values: Record<string, string>): { ok: true; values: Record<string, string> } | { ok: false; errors: FieldErrors } {
  const filled = Object.fromEntries(inputs.map((input) => [input.name, values[input.name] ?? (input.kind === 'checkbox' ? 'false' : '')]))
  const result = formSchema(inputs).safeParse(filled)
  if (result.success) return { ok: true, values: result.data as Record<string, string> }
  const errors: FieldErrors = {}
  for (const issue of result.error.issues) {
    const name = String(issue.path[0])
    errors[name] ??= (issue.message as FieldError) in errorSet ? (issue.message as FieldError) : 'option'
  }
  return { ok: false, errors }
}

const errorSet: Record<FieldError, true> = { required: true, email: true, tooLong: true, option: true, date: true, consent: true }
