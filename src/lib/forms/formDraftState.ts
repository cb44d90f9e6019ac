import 'server-only'
import { readDraft } from '@/collections/Forms/drafts'
import { formInputs } from '@/collections/Forms/formDefinition'
import { formsSlug } from '@/collections/Forms/slugs'
import type { Locale } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { validateForm } from './formSchema'

/** A stored draft of this page's form, with its errors found again from the form's current fields. */
export async function formDraftState(draftId: string, locale: Locale, slug: string) {
  const payload = await getPayloadClient()
  const draft = await readDraft(payload, draftId)
  if (!draft || draft.locale !== locale || draft.slug !== slug) return undefined
  const form = await payload.findByID({ collection: formsSlug, id: draft.formId, locale, depth: 0, overrideAccess: false, disableErrors: true })
  if (!form) return undefined
  const result = validateForm(formInputs(form.fields as never), draft.values)
  return { id: draft.formId, state: { values: draft.values, errors: result.ok ? {} : result.errors } }
}
