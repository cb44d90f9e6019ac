import type { CollectionConfig } from 'payload'
import { previewAdmin } from '../shared/preview'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, translationStateField } from '@/fields/translationState'
import { coverImageField, editorialAccess, editorialHooks, editorialVersions } from '../shared/editorial'
import { localeStatusField } from '@/fields/translationState/localeStatusField'
import { quickFiltersComponents } from '../shared/listViews'
import { romeDateTimeField } from '@/fields/romeDateTime'
import { validateHttpUrl } from '@/fields/validateHttpUrl'
import { venueFields } from './venueFields'
import { endAfterStart } from './endAfterStart'
import { withRegistrantNotices } from './registrantNotices'
import { registrationFields } from './registrationFields'
import { readableRelations } from '@/fields/readableRelations'

export const eventsSlug = 'events'

export const eventStatuses = ['scheduled', 'cancelled', 'postponed'] as const

export const Events: CollectionConfig = {
  slug: eventsSlug,
  labels: { singular: { it: 'Evento', en: 'Event' }, plural: { it: 'Eventi', en: 'Events' } },
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('events'),
    defaultColumns: ['title', 'localeStatus', 'start', 'status', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'venue.name', 'slug'],
    components: quickFiltersComponents,
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultSort: 'start',
  hooks: withRegistrantNotices(editorialHooks('events', { defining: ['title'], expected: ['title', 'summary', 'description'] })),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Titolo', en: 'Title' } },
    {
      name: 'summary',
      type: 'textarea',
      localized: true,
      maxLength: 300,
      label: { it: 'In breve', en: 'Summary' },
      admin: {
        description: {
          it: 'Una o due frasi per il calendario, le anteprime condivise e i motori di ricerca.',
          en: 'One or two sentences for the calendar, shared previews and search engines.',
        },
      },
    },
    { name: 'description', type: 'richText', localized: true, label: { it: 'Descrizione', en: 'Description' } },
    {
      type: 'row',
      fields: [
        romeDateTimeField('start', { it: 'Inizio', en: 'Start' }, true),
        { ...romeDateTimeField('end', { it: 'Fine', en: 'End' }), validate: endAfterStart },
      ],
    },
    {
      name: 'allDay',
      type: 'checkbox',
      defaultValue: false,
      label: { it: 'Tutto il giorno', en: 'All day' },
      admin: {
        description: {
          it: 'Date e ore sono sempre quelle di Roma, anche se scrivi da un altro fuso orario.',
          en: 'Dates and times are always Rome’s, even when you write from another time zone.',
        },
      },
    },
    {
      name: 'status',
      type: 'select',
      // drafts already own enum_<collection>_status (for _status)
      enumName: 'enum_events_event_status',
      required: true,
      defaultValue: 'scheduled',
      index: true,
      options: [
        { value: 'scheduled', label: { it: 'In programma', en: 'Scheduled' } },
        { value: 'cancelled', label: { it: 'Annullato', en: 'Cancelled' } },
        { value: 'postponed', label: { it: 'Rinviato', en: 'Postponed' } },
      ],
      admin: { position: 'sidebar' },
      label: { it: 'Stato', en: 'Status' },
    },
    ...venueFields,
    {
      name: 'host',
      type: 'relationship',
      relationTo: 'spaces',
      index: true,
      label: { it: 'Spazio ospitante', en: 'Host space' },
    },
    {
      name: 'partners',
      type: 'relationship',
      relationTo: 'spaces',
      hasMany: true,
      label: { it: 'Spazi partner', en: 'Partner spaces' },
      admin: {
        description: {
          it: "Gli spazi con cui l'evento è organizzato: lo vedono nel loro calendario.",
          en: 'Spaces the event is organised with: it shows in their calendar.',
        },
      },
    },
    {
      name: 'relatedProjects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      hooks: { afterRead: [readableRelations('projects')] },
      label: { it: 'Progetti', en: 'Projects' },
    },
    { name: 'registrationUrl', type: 'text', validate: (value: unknown) => validateHttpUrl(value), label: { it: 'Link di iscrizione', en: 'Registration link' } },
    ...registrationFields,
    coverImageField,
    {
      name: 'posts',
      type: 'join',
      collection: 'posts',
      on: 'relatedEvents',
      label: { it: 'Articoli su questo evento', en: 'Posts about this event' },
    },
    ...localizedSlugFields(),
    translationStateField,
    availableInField,
    localeStatusField,
  ],
}
