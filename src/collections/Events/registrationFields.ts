import type { Field } from 'payload'
import { romeDateTimeField } from '@/fields/romeDateTime'

export const MAX_PEOPLE_LIMIT = 20

const closesAt = romeDateTimeField('closesAt', { it: 'Chiusura iscrizioni', en: 'Registration closes' })

const onlyWhenOpen = { condition: (_: unknown, sibling: { enabled?: boolean }) => Boolean(sibling?.enabled) }

/** Registration on the site: seats, closing time, waitlist. The external link stays the alternative. */
export const registrationFields: Field[] = [
  {
    name: 'registration',
    type: 'group',
    label: { it: 'Iscrizioni sul sito', en: 'Registration on the site' },
    admin: {
      description: {
        it: 'Con le iscrizioni attive la pagina mostra un modulo; il link di iscrizione esterno non viene mostrato.',
        en: 'With registration on, the page shows a form; the external registration link is not shown.',
      },
    },
    fields: [
      { name: 'enabled', type: 'checkbox', defaultValue: false, label: { it: 'Iscrizioni aperte sul sito', en: 'Registration on the site' } },
      {
        type: 'row',
        admin: onlyWhenOpen,
        fields: [
          {
            name: 'capacity',
            type: 'number',
            min: 1,
            max: 100_000,
            label: { it: 'Posti', en: 'Seats' },
            admin: { description: { it: 'Vuoto: senza limite.', en: 'Empty: no limit.' } },
          },
          {
            name: 'maxPeople',
            type: 'number',
            min: 1,
            max: MAX_PEOPLE_LIMIT,
            defaultValue: 4,
            label: { it: 'Persone per iscrizione (max)', en: 'People per registration (max)' },
          },
        ],
      },
      {
        ...closesAt,
        index: false,
        // Optional: a required zone would make the whole group required in every event's data.
        timezone: { ...(closesAt.timezone as object), required: false },
        admin: { ...closesAt.admin, ...onlyWhenOpen, description: { it: "Vuoto: all'inizio dell'evento.", en: 'Empty: when the event starts.' } },
      },
      {
        name: 'waitlist',
        type: 'checkbox',
        defaultValue: true,
        label: { it: "Lista d'attesa quando i posti finiscono", en: 'Waitlist when the seats are gone' },
        admin: onlyWhenOpen,
      },
    ],
  },
  {
    name: 'registrationCounts',
    type: 'ui',
    admin: { position: 'sidebar', components: { Field: '/admin/RegistrationCounts/RegistrationCounts#RegistrationCounts' } },
  },
  {
    // Raised when a published event moves or is cancelled: calendar apps replace their copy (RFC 5545 SEQUENCE).
    name: 'icsSequence',
    type: 'number',
    defaultValue: 0,
    admin: { hidden: true },
  },
]
