import type { Field } from 'payload'
import { validateHttpUrl } from '@/fields/validateHttpUrl'

export const venueFields: Field[] = [
  {
    name: 'venue',
    type: 'group',
    label: { it: 'Luogo', en: 'Venue' },
    fields: [
      { name: 'name', type: 'text', localized: true, label: { it: 'Nome del luogo', en: 'Venue name' } },
      {
        type: 'row',
        fields: [
          { name: 'address', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
          { name: 'postalCode', type: 'text', label: { it: 'CAP', en: 'Postal code' } },
          { name: 'city', type: 'text', label: { it: 'Città', en: 'City' } },
          { name: 'region', type: 'text', label: { it: 'Regione', en: 'Region' } },
          { name: 'country', type: 'text', defaultValue: 'IT', label: { it: 'Paese (ISO)', en: 'Country (ISO)' } },
        ],
      },
      {
        type: 'row',
        fields: [
          { name: 'latitude', type: 'number', min: -90, max: 90, label: { it: 'Latitudine', en: 'Latitude' } },
          { name: 'longitude', type: 'number', min: -180, max: 180, label: { it: 'Longitudine', en: 'Longitude' } },
        ],
      },
    ],
  },
  {
    name: 'onlineUrl',
    type: 'text',
    validate: (value: unknown) => validateHttpUrl(value),
    label: { it: 'Link per partecipare online', en: 'Online link' },
  },
]
