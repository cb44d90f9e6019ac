import { describe, expect, it } from 'vitest'
import type { FormInput } from '@/collections/Forms/formDefinition'
import { validateForm } from './formSchema'

const inputs: FormInput[] = [
  { kind: 'text', name: 'name', label: 'Name', required: true },
  { kind: 'email', name: 'email', label: 'E-mail', required: true },
  { kind: 'text', name: 'phone', label: 'Phone', required: false },
  { kind: 'select', name: 'interest', label: 'Interest', required: true, options: [{ value: 'visit', label: 'A visit' }] },
  { kind: 'date', name: 'date', label: 'Date', required: false },
  { kind: 'textarea', name: 'message', label: 'Message', required: true },
  { kind: 'checkbox', name: 'consent', label: 'I agree', required: true },
]

const good = { name: ' Ada ', email: 'ada@example.org', phone: '', interest: 'visit', date: '', message: 'Hi', consent: 'true' }

describe('form validation built from the field definitions', () => {
  it('accepts a complete form and trims what it keeps', () => {
    expect(validateForm(inputs, good)).toEqual({ ok: true, values: { ...good, name: 'Ada' } })
  })

  it('names one error per field', () => {
    const result = validateForm(inputs, { ...good, name: '', email: 'not-an-address', interest: '', date: '2026-02-30', consent: 'false', message: 'm'.repeat(5001) })
    expect(result).toEqual({ ok: false, errors: { name: 'required', email: 'email', interest: 'option', date: 'date', consent: 'consent', message: 'tooLong' } })
  })

  it('takes an optional field empty or valid, and a missing checkbox as unchecked', () => {
    const { consent: _, ...withoutConsent } = good
    expect(validateForm(inputs, { ...withoutConsent, date: '2027-03-01' })).toEqual({ ok: false, errors: { consent: 'consent' } })
    expect(validateForm([{ kind: 'email', name: 'cc', label: 'Cc', required: false }], { cc: 'x' })).toEqual({ ok: false, errors: { cc: 'email' } })
  })
})
