import type { Field } from 'payload'
import { isStaffUser } from '@/access/roles'

/** Fields the site does not use: it sends its own messages and always shows the confirmation. */
const dropped = new Set(['confirmationType', 'redirect', 'emails'])

const recipients: Field = {
  name: 'recipients',
  type: 'text',
  label: { it: 'Destinatari delle notifiche', en: 'Notification recipients' },
  admin: { description: { it: 'Indirizzi separati da virgole; vuoto: STAFF_EMAIL.', en: 'Addresses separated by commas; empty: STAFF_EMAIL.' } },
  validate: (value: unknown) =>
    !value || String(value).split(',').every((part) => /^[^\s@,]+@[^\s@,]+\.[^\s@,]+$/.test(part.trim())) || 'Indirizzi e-mail non validi · Invalid e-mail addresses',
  // The staff's addresses never reach a visitor (forms are read publicly to render them).
  access: { read: ({ req }) => isStaffUser(req.user) },
}

/** The plugin's form fields, with our recipients and a confirmation message always shown. */
export function formFields({ defaultFields }: { defaultFields: Field[] }): Field[] {
  const kept = defaultFields
    .filter((field) => !('name' in field && dropped.has(field.name)))
    .map((field) => ('name' in field && field.name === 'confirmationMessage' ? { ...field, admin: { ...field.admin, condition: undefined } } : field))
  return [...kept, recipients] as Field[]
}
