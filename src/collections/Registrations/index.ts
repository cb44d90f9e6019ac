import type { CollectionConfig } from 'payload'
import { isStaff } from '@/access/roles'
import { locales } from '@/i18n/locales'
import { revalidateCollection } from '../shared/revalidate'
import { MAX_PEOPLE_LIMIT } from '../Events/registrationFields'
import { normalizeEmail } from './normalizeEmail'
import { registrationEndpoints } from './endpoints'
import { promoteAfterDelete, promoteAfterStaffCancel } from './promoteOnChange'

export const registrationsSlug = 'registrations'

export const registrationStatuses = ['confirmed', 'waitlisted', 'cancelled'] as const
export type RegistrationStatus = (typeof registrationStatuses)[number]

const revalidate = revalidateCollection('registrations')

/** An event's registrants: personal data, staff only, deleted a while after the event (README, "Registration"). */
export const Registrations: CollectionConfig = {
  slug: registrationsSlug,
  labels: { singular: { it: 'Iscrizione', en: 'Registration' }, plural: { it: 'Iscrizioni', en: 'Registrations' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'event', 'people', 'status', 'createdAt'],
    listSearchableFields: ['name', 'email'],
    group: { it: 'Persone', en: 'People' },
    components: { beforeListTable: ['/admin/RegistrationsExport/RegistrationsExport#RegistrationsExport'] },
  },
  access: { read: isStaff, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: '-createdAt',
  endpoints: registrationEndpoints,
  hooks: {
    beforeValidate: [({ data }) => (data && typeof data.email === 'string' ? { ...data, email: normalizeEmail(data.email) } : data)],
    afterChange: [promoteAfterStaffCancel, ...revalidate.afterChange],
    afterDelete: [promoteAfterDelete, ...revalidate.afterDelete],
  },
  fields: [
    { name: 'event', type: 'relationship', relationTo: 'events', required: true, index: true, label: { it: 'Evento', en: 'Event' } },
    {
      type: 'row',
      fields: [
        { name: 'name', type: 'text', required: true, maxLength: 200, label: { it: 'Nome', en: 'Name' } },
        { name: 'email', type: 'email', required: true, label: { it: 'E-mail', en: 'E-mail' } },
      ],
    },
    {
      type: 'row',
      fields: [
        { name: 'people', type: 'number', required: true, min: 1, max: MAX_PEOPLE_LIMIT, defaultValue: 1, label: { it: 'Persone', en: 'People' } },
        {
          name: 'status',
          type: 'select',
          enumName: 'enum_registrations_status',
          required: true,
          index: true,
          defaultValue: 'confirmed',
          options: [
            { value: 'confirmed', label: { it: 'Confermata', en: 'Confirmed' } },
            { value: 'waitlisted', label: { it: "In lista d'attesa", en: 'Waitlisted' } },
            { value: 'cancelled', label: { it: 'Annullata', en: 'Cancelled' } },
          ],
          label: { it: 'Stato', en: 'Status' },
        },
        {
          name: 'locale',
          type: 'select',
          enumName: 'enum_registrations_locale',
          required: true,
          defaultValue: 'it',
          options: locales.map((code) => ({ value: code, label: code.toUpperCase() })),
          label: { it: 'Lingua delle e-mail', en: 'E-mail language' },
        },
      ],
    },
    {
      name: 'consent',
      type: 'checkbox',
      defaultValue: false,
      label: { it: "Ha accettato l'informativa privacy", en: 'Accepted the privacy notice' },
    },
    { name: 'cancelledAt', type: 'date', admin: { readOnly: true, position: 'sidebar' }, label: { it: 'Annullata il', en: 'Cancelled on' } },
  ],
}
