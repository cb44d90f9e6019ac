import type { CollectionAfterChangeHook } from 'payload'
import { getEnv } from '@/config/env'
import { parseFrom } from '@/email/adapter'
import { staffNotification, visitorConfirmation } from '@/email/formMessages'
import { defaultLocale, isLocale } from '@/i18n/locales'
import { describeValues, formInputs, visitorEmail, visitorName } from './formDefinition'
import { formsSlug, formSubmissionsSlug } from './slugs'

type Doc = { id: number; status?: string; locale?: string | null; form: number | { id: number }; submissionData?: { field: string; value: string }[] | null }

/** The form's recipients, else STAFF_EMAIL, else the sender's own address. */
function staffRecipients(configured: string | null | undefined): string[] {
  const listed = (configured ?? '').split(',').map((part) => part.trim()).filter(Boolean)
  if (listed.length) return listed
  const env = getEnv()
  return [env.STAFF_EMAIL ?? (env.EMAIL_FROM ? parseFrom(env.EMAIL_FROM).address : 'staff@localhost')]
}

/** A new submission tells the staff and thanks the visitor; spam sends nothing. */
export const notifySubmission: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  const submission = doc as Doc
  if (operation !== 'create' || submission.status === 'spam') return doc
  const locale = isLocale(submission.locale) ? submission.locale : defaultLocale
  const formId = typeof submission.form === 'object' ? submission.form.id : submission.form
  const values = Object.fromEntries((submission.submissionData ?? []).map(({ field, value }) => [field, value]))
  const read = (lang: typeof locale) => req.payload.findByID({ collection: formsSlug, id: formId, locale: lang, depth: 0, req, overrideAccess: true })
  const [staffForm, visitorForm] = await Promise.all([read(defaultLocale), read(locale)])
  const staffInputs = formInputs(staffForm.fields as never)
  const email = visitorEmail(staffInputs, values)
  const name = visitorName(values, email)
  const adminUrl = `${getEnv().NEXT_PUBLIC_SERVER_URL}/admin/collections/${formSubmissionsSlug}/${submission.id}`
  const messages = [staffNotification(staffRecipients(staffForm.recipients), { name, email, details: describeValues(staffInputs, values, defaultLocale) }, adminUrl)]
  if (email) messages.push(visitorConfirmation(locale, { name, email, details: describeValues(formInputs(visitorForm.fields as never), values, locale) }))
  // A mail server that fails must not lose the submission: it is stored, and the error logged.
  await Promise.all(
    messages.map((message) => req.payload.sendEmail(message).catch((err: unknown) => req.payload.logger.error({ err, msg: `Form submission ${submission.id}: e-mail to ${String(message.to)} not sent` }))),
  )
  return doc
}
