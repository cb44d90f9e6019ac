import type { Payload } from 'payload'
import { saveDraft } from '@/collections/Forms/drafts'
import { formInputs } from '@/collections/Forms/formDefinition'
import { formSubmissionsSlug, formsSlug, type SubmissionStatus } from '@/collections/Forms/slugs'
import type { Locale } from '@/i18n/locales'
import { filledSlowly } from './fillTime'
import { validateForm } from './formSchema'

export type Submission = { formId: number; locale: Locale; slug: string; values: Record<string, string>; honeypot: string; fillToken?: string }

/** sent: stored and e-mailed (or, for spam, stored only: a script is told nothing); invalid: a draft to show again. */
export type SubmitOutcome = { kind: 'sent' } | { kind: 'invalid'; draftId: string } | { kind: 'unknownForm' }

async function store(payload: Payload, submission: Submission, values: Record<string, string>, status: SubmissionStatus) {
  const submissionData = Object.entries(values)
    .filter(([, value]) => value !== '')
    .map(([field, value]) => ({ field, value }))
  await payload.create({ collection: formSubmissionsSlug, data: { form: submission.formId, status, locale: submission.locale, submissionData }, overrideAccess: true })
}

async function storeSpam(payload: Payload, submission: Submission, values: Record<string, string>): Promise<SubmitOutcome> {
  await store(payload, submission, values, 'spam')
  return { kind: 'sent' }
}

/** Checks a visitor's form against its definition and the spam rules, then stores it. */
export async function submitForm(payload: Payload, submission: Submission, now = Date.now()): Promise<SubmitOutcome> {
  const form = await payload.findByID({ collection: formsSlug, id: submission.formId, locale: submission.locale, depth: 0, overrideAccess: false, disableErrors: true })
  if (!form) return { kind: 'unknownForm' }
  const inputs = formInputs(form.fields as never)
  const known = Object.fromEntries(inputs.map(({ name }) => [name, (submission.values[name] ?? '').slice(0, 5000)]))
  if (submission.honeypot) return storeSpam(payload, submission, known)
  const result = validateForm(inputs, known)
  // A person who hurried gets their errors back; a complete form sent faster than a person types is a script's.
  if (!result.ok) {
    const draftId = await saveDraft(payload, { formId: submission.formId, locale: submission.locale, slug: submission.slug, values: known }, now)
    return { kind: 'invalid', draftId }
  }
  if (!filledSlowly(submission.fillToken, now)) return storeSpam(payload, submission, result.values)
  await store(payload, submission, result.values, 'new')
  return { kind: 'sent' }
}
