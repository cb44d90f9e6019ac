import type { Locale } from '@/i18n/locales'

/** One input of a form, as the plugin stores it (labels already in one locale). */
export type FormInput =
  | { kind: 'text' | 'textarea' | 'email' | 'date'; name: string; label: string; required: boolean; width?: number }
  | { kind: 'select'; name: string; label: string; required: boolean; options: { value: string; label: string }[]; width?: number }
  | { kind: 'checkbox'; name: string; label: string; required: boolean; width?: number }

type RawBlock = { blockType: string; name?: string | null; label?: string | null; required?: boolean | null; width?: number | null; options?: { value: string; label: string }[] | null }

const kinds = new Set(['text', 'textarea', 'email', 'date', 'select', 'checkbox'])

/** The inputs of a form document; blocks the site does not render (message, number…) are left out. */
export function formInputs(fields: RawBlock[] | null | undefined): FormInput[] {
  return (fields ?? []).flatMap((block): FormInput[] => {
    if (!kinds.has(block.blockType) || !block.name) return []
    const base = { name: block.name, label: block.label?.trim() || block.name, required: Boolean(block.required), width: block.width ?? undefined }
    if (block.blockType === 'select') return [{ ...base, kind: 'select', options: (block.options ?? []).map(({ value, label }) => ({ value, label })) }]
    return [{ ...base, kind: block.blockType as 'text' }]
  })
}

const yesNo = { it: ['Sì', 'No'], en: ['Yes', 'No'] } as const

/** Label → value, as a person reads them (an option's label, a checkbox's yes), for the e-mails. */
export function describeValues(inputs: FormInput[], values: Record<string, string>, locale: Locale): [string, string][] {
  return inputs.flatMap((input): [string, string][] => {
    const value = values[input.name] ?? ''
    if (input.kind === 'checkbox') return [[plainLabel(input.label), value === 'true' ? yesNo[locale][0] : yesNo[locale][1]]]
    if (!value) return []
    if (input.kind === 'select') return [[input.label, input.options.find((o) => o.value === value)?.label ?? value]]
    return [[input.label, value]]
  })
}

/** A label may hold one link written as [text](href): the e-mails and errors read its text only. */
export const plainLabel = (label: string) => label.replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')

/** The visitor's e-mail address: the value of the form's first e-mail input. */
export function visitorEmail(inputs: FormInput[], values: Record<string, string>): string | undefined {
  const input = inputs.find((i) => i.kind === 'email')
  return input ? values[input.name] || undefined : undefined
}

/** What to call the visitor: a field named "name", else their address. */
export const visitorName = (values: Record<string, string>, email: string | undefined) => values.name?.trim() || email || '?'
