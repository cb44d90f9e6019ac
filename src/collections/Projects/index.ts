import type { CollectionConfig } from 'payload'
import { previewAdmin } from '../shared/preview'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, translationStateField } from '@/fields/translationState'
import { coverImageField, editorialAccess, editorialHooks, editorialVersions } from '../shared/editorial'
import { localeStatusField } from '@/fields/translationState/localeStatusField'
import { quickFiltersComponents } from '../shared/listViews'
import { partnersField } from './partnersField'

export const projectsSlug = 'projects'

export const programmes = ['erasmus-plus', 'creative-europe', 'horizon-2020', 'local', 'other'] as const

export const Projects: CollectionConfig = {
  slug: projectsSlug,
  labels: { singular: { it: 'Progetto', en: 'Project' }, plural: { it: 'Progetti', en: 'Projects' } },
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('projects'),
    defaultColumns: ['title', 'localeStatus', 'programme', 'status', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'summary', 'hashtag', 'slug'],
    components: quickFiltersComponents,
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks('projects', { defining: ['title'], expected: ['title', 'summary', 'body'] }),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Titolo', en: 'Title' } },
    {
      name: 'hashtag',
      type: 'text',
      label: { it: 'Hashtag', en: 'Hashtag' },
      admin: { description: { it: 'Come lo usate sui social, per esempio #GERONIMO.', en: 'As used on social media, for example #GERONIMO.' } },
    },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 400, label: { it: 'In breve', en: 'Summary' } },
    { name: 'body', type: 'richText', localized: true, label: { it: 'Testo', en: 'Body' } },
    {
      type: 'row',
      fields: [
        {
          name: 'programme',
          type: 'select',
          required: true,
          index: true,
          options: [
            { value: 'erasmus-plus', label: 'Erasmus+' },
            { value: 'creative-europe', label: 'Creative Europe' },
            { value: 'horizon-2020', label: 'Horizon 2020' },
            { value: 'local', label: { it: 'Locale', en: 'Local' } },
            { value: 'other', label: { it: 'Altro', en: 'Other' } },
          ],
          label: { it: 'Programma', en: 'Programme' },
        },
        {
          name: 'status',
          type: 'select',
          // drafts already own enum_<collection>_status (for _status)
          enumName: 'enum_projects_project_status',
          required: true,
          defaultValue: 'planned',
          options: [
            { value: 'planned', label: { it: 'In preparazione', en: 'Planned' } },
            { value: 'active', label: { it: 'In corso', en: 'Active' } },
            { value: 'completed', label: { it: 'Concluso', en: 'Completed' } },
          ],
          label: { it: 'Stato', en: 'Status' },
        },
      ],
    },
    {
      name: 'period',
      type: 'group',
      label: { it: 'Periodo', en: 'Period' },
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'start', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } }, label: { it: 'Dal', en: 'From' } },
            { name: 'end', type: 'date', admin: { date: { pickerAppearance: 'monthOnly' } }, label: { it: 'Al', en: 'To' } },
          ],
        },
      ],
    },
    partnersField,
    {
      name: 'funding',
      type: 'textarea',
      localized: true,
      label: { it: 'Riconoscimento del finanziamento', en: 'Funding acknowledgement' },
    },
    coverImageField,
    { name: 'events', type: 'join', collection: 'events', on: 'relatedProjects', label: { it: 'Eventi', en: 'Events' } },
    { name: 'posts', type: 'join', collection: 'posts', on: 'relatedProjects', label: { it: 'Articoli', en: 'Posts' } },
    ...localizedSlugFields(),
    translationStateField,
    availableInField,
    localeStatusField,
  ],
}
