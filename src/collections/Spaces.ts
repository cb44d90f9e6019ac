import type { CollectionConfig } from 'payload'
import { previewAdmin } from './shared/preview'
import { revalidateCollection } from './shared/revalidate'
import { anyone, isStaff } from '@/access/roles'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, trackTranslationState, translationStateField } from '@/fields/translationState'
import { localeStatusField } from '@/fields/translationState/localeStatusField'
import { validateHttpUrl } from '@/fields/validateHttpUrl'
import { mediaSlug } from './Media'
import { quickFiltersComponents } from './shared/listViews'
import { spaceExcerptField } from './spaceExcerptField'

export const spacesSlug = 'spaces'

export const Spaces: CollectionConfig = {
  slug: spacesSlug,
  labels: { singular: { it: 'Spazio', en: 'Space' }, plural: { it: 'Spazi', en: 'Spaces' } },
  admin: {
    useAsTitle: 'name',
    ...previewAdmin('spaces'),
    defaultColumns: ['name', 'localeStatus', 'kind', 'city', 'country', 'updatedAt'],
    components: quickFiltersComponents,
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
  defaultSort: 'name',
  hooks: {
    ...revalidateCollection('spaces'),
    beforeChange: [trackTranslationState({ defining: ['description'], expected: ['description'] })],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { it: 'Nome', en: 'Name' } },
    {
      name: 'kind',
      type: 'select',
      required: true,
      defaultValue: 'partner',
      index: true,
      options: [
        { value: 'home', label: { it: 'Il nostro spazio', en: 'Our space' } },
        { value: 'partner', label: { it: 'Spazio partner', en: 'Partner space' } },
      ],
      label: { it: 'Tipo', en: 'Kind' },
    },
    {
      type: 'row',
      fields: [
        { name: 'city', type: 'text', required: true, label: { it: 'Città', en: 'City' } },
        { name: 'region', type: 'text', label: { it: 'Regione', en: 'Region' } },
        { name: 'country', type: 'text', required: true, defaultValue: 'IT', label: { it: 'Paese (ISO)', en: 'Country (ISO)' } },
      ],
    },
    { name: 'website', type: 'text', validate: (value: unknown) => validateHttpUrl(value), label: { it: 'Sito web', en: 'Website' } },
    {
      name: 'description',
      type: 'richText',
      localized: true,
      label: { it: 'Descrizione', en: 'Description' },
      admin: {
        description: {
          it: 'Lo spazio esiste in una lingua quando ha la sua descrizione in quella lingua.',
          en: 'The space exists in a language once it has its description in that language.',
        },
      },
    },
    spaceExcerptField,
    { name: 'logo', type: 'upload', relationTo: mediaSlug, label: { it: 'Logo', en: 'Logo' } },
    {
      name: 'location',
      type: 'group',
      label: { it: 'Posizione', en: 'Location' },
      fields: [
        { name: 'address', type: 'text', label: { it: 'Indirizzo', en: 'Address' } },
        {
          type: 'row',
          fields: [
            { name: 'latitude', type: 'number', min: -90, max: 90, label: { it: 'Latitudine', en: 'Latitude' } },
            { name: 'longitude', type: 'number', min: -180, max: 180, label: { it: 'Longitudine', en: 'Longitude' } },
          ],
        },
      ],
    },
    { name: 'hostedEvents', type: 'join', collection: 'events', on: 'host', defaultSort: '-start', label: { it: 'Eventi ospitati', en: 'Hosted events' } },
    { name: 'partnerEvents', type: 'join', collection: 'events', on: 'partners', defaultSort: '-start', label: { it: 'Eventi condivisi', en: 'Shared events' } },
    { name: 'posts', type: 'join', collection: 'posts', on: 'relatedSpaces', label: { it: 'Articoli che lo citano', en: 'Posts mentioning it' } },
    ...localizedSlugFields({ useAsSlug: 'name', localized: false }),
    translationStateField,
    availableInField,
    localeStatusField,
  ],
}
