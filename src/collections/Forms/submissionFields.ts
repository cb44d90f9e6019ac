import type { Field } from 'payload'
import { locales } from '@/i18n/locales'
import { submissionStatuses } from './slugs'

const statusLabels = {
  new: { it: 'Nuovo', en: 'New' },
  answered: { it: 'Risposto', en: 'Answered' },
  spam: { it: 'Spam', en: 'Spam' },
}

/** The plugin's submission fields plus what the staff and the retention job need. */
export function submissionFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  return [
    {
      name: 'status',
      type: 'select',
      required: true,
      defaultValue: 'new',
      index: true,
      options: submissionStatuses.map((value) => ({ value, label: statusLabels[value] })),
      label: { it: 'Stato', en: 'Status' },
      admin: { position: 'sidebar' },
    },
    {
      name: 'locale',
      type: 'select',
      options: [...locales],
      label: { it: 'Lingua del visitatore', en: 'Visitor’s language' },
      admin: { position: 'sidebar', readOnly: true },
    },
    ...defaultFields.map((field) => ('name' in field && field.name !== 'status' ? { ...field, admin: { ...field.admin, readOnly: true } } : field)) as Field[],
  ]
}
