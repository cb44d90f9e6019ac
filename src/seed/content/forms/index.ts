import { formsSlug } from '@/collections/Forms/slugs'
import { richText } from '../../lexical'
import { type SeedContext, writeContext } from '../../upsert'
import { contactForm, type FormSeed } from './data'

type Locale = 'it' | 'en'
type Ids = { id?: string | null; options?: { id?: string | null }[] | null }[]

// The form's fields are shared by both languages and only their labels are translated: the English
// write must name the rows the Italian one created, or Payload would replace them (and lose the Italian).
function fieldsIn(seed: FormSeed, locale: Locale, ids: Ids = []) {
  return seed.fields.map((field, index) => ({
    ...field,
    id: ids[index]?.id ?? undefined,
    label: field.label[locale],
    ...('options' in field && { options: field.options.map((option, i) => ({ value: option.value, label: option.label[locale], id: ids[index]?.options?.[i]?.id ?? undefined })) }),
  }))
}

const dataIn = (seed: FormSeed, locale: Locale, ids?: Ids) => ({
  title: seed.title,
  submitButtonLabel: seed.submitButtonLabel[locale],
  confirmationMessage: richText(seed.confirmation[locale]),
  fields: fieldsIn(seed, locale, ids),
})

/** The demo forms, both languages; a re-run rewrites them as the seed has them. */
export async function seedForms(ctx: SeedContext): Promise<{ contact: number }> {
  const { payload } = ctx
  const common = { collection: formsSlug, context: writeContext, depth: 0, overrideAccess: true } as const
  const { docs } = await payload.find({ collection: formsSlug, where: { title: { equals: contactForm.title } }, limit: 1, depth: 0, locale: 'it' })
  const it = docs[0]
    ? await payload.update({ ...common, id: docs[0].id, locale: 'it', data: dataIn(contactForm, 'it', docs[0].fields as Ids) as never })
    : await payload.create({ ...common, locale: 'it', data: dataIn(contactForm, 'it') as never })
  await payload.update({ ...common, id: it.id, locale: 'en', data: dataIn(contactForm, 'en', it.fields as Ids) as never })
  ctx.log(`${docs[0] ? 'updated' : 'created'} forms #${it.id}`)
  return { contact: it.id }
}
