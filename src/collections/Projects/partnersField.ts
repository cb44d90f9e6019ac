import type { Field } from 'payload'
import { validateHttpUrl } from '@/fields/validateHttpUrl'

/** A partner is one of our spaces or an outside organisation (a university, a job centre…). */
export const partnersField: Field = {
  name: 'partners',
  type: 'array',
  label: { it: 'Partner', en: 'Partners' },
  labels: { singular: { it: 'Partner', en: 'Partner' }, plural: { it: 'Partner', en: 'Partners' } },
  fields: [
    { name: 'space', type: 'relationship', relationTo: 'spaces', label: { it: 'Spazio', en: 'Space' } },
    {
      name: 'organisation',
      type: 'text',
      label: { it: 'Organizzazione esterna', en: 'Outside organisation' },
      validate: (value: unknown, { siblingData }: { siblingData: Record<string, unknown> }) =>
        value || siblingData.space ? true : 'Choose a space or name an organisation.',
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', label: { it: 'Città', en: 'City' } },
        { name: 'country', type: 'text', label: { it: 'Paese (ISO)', en: 'Country (ISO)' } },
        { name: 'website', type: 'text', validate: (value: unknown) => validateHttpUrl(value), label: { it: 'Sito', en: 'Website' } },
      ],
    },
  ],
}
