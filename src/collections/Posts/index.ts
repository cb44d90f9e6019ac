import type { CollectionConfig } from 'payload'
import { previewAdmin } from '../shared/preview'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, translationStateField } from '@/fields/translationState'
import { categoriesSlug } from '../Categories'
import { tagsSlug } from '../Tags'
import { usersSlug } from '../Users'
import { coverImageField, editorialAccess, editorialHooks, editorialVersions } from '../shared/editorial'
import { localeStatusField } from '@/fields/translationState/localeStatusField'
import { quickFiltersComponents } from '../shared/listViews'
import { wordpressIdField, wordpressSlugField } from '@/fields/wordpress'
import { readableRelations } from '@/fields/readableRelations'
import { adminDayAndTime } from '@/fields/romeDateTime'
import { readingMinutesField } from './readingMinutesField'

export const postsSlug = 'posts'

export const Posts: CollectionConfig = {
  slug: postsSlug,
  labels: { singular: { it: 'Articolo', en: 'Post' }, plural: { it: 'Articoli', en: 'Posts' } },
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('posts'),
    defaultColumns: ['title', 'localeStatus', '_status', 'publishedAt', 'updatedAt'],
    listSearchableFields: ['title', 'excerpt', 'slug'],
    components: quickFiltersComponents,
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  hooks: editorialHooks('posts', { defining: ['title'], expected: ['title', 'excerpt', 'content'] }),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Titolo', en: 'Title' } },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: { it: 'Sommario', en: 'Excerpt' },
      admin: {
        description: {
          it: 'Due o tre frasi: compaiono negli elenchi, nel feed e come descrizione per i motori di ricerca.',
          en: 'Two or three sentences: shown in lists, in the feed and as the search-engine description.',
        },
      },
    },
    { name: 'content', type: 'richText', localized: true, label: { it: 'Testo', en: 'Content' } },
    readingMinutesField,
    coverImageField,
    {
      type: 'row',
      fields: [
        { name: 'categories', type: 'relationship', relationTo: categoriesSlug, hasMany: true, label: { it: 'Categorie', en: 'Categories' } },
        { name: 'tags', type: 'relationship', relationTo: tagsSlug, hasMany: true, label: { it: 'Etichette', en: 'Tags' } },
      ],
    },
    {
      name: 'relatedEvents',
      type: 'relationship',
      relationTo: 'events',
      hasMany: true,
      hooks: { afterRead: [readableRelations('events')] },
      label: { it: 'Eventi collegati', en: 'Related events' },
    },
    {
      name: 'relatedSpaces',
      type: 'relationship',
      relationTo: 'spaces',
      hasMany: true,
      label: { it: 'Spazi citati', en: 'Spaces mentioned' },
    },
    {
      name: 'relatedProjects',
      type: 'relationship',
      relationTo: 'projects',
      hasMany: true,
      hooks: { afterRead: [readableRelations('projects')] },
      label: { it: 'Progetti collegati', en: 'Related projects' },
    },
    {
      name: 'author',
      type: 'relationship',
      relationTo: usersSlug,
      // A new post is signed by whoever starts it; a colleague can be chosen instead.
      defaultValue: ({ user }) => (user?.collection === usersSlug ? user.id : undefined),
      admin: { position: 'sidebar' },
      label: { it: 'Autore', en: 'Author' },
    },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      label: { it: 'Data di pubblicazione', en: 'Published at' },
      admin: {
        position: 'sidebar',
        date: adminDayAndTime,
        components: { Cell: '/admin/RomeDateCell/RomeDateCell#RomeDateCell' },
        description: {
          it: 'Si compila da sola alla prima pubblicazione; cambiala per datare un articolo importato.',
          en: 'Filled in on first publication; change it to date an imported post.',
        },
      },
      hooks: {
        beforeChange: [
          ({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    ...localizedSlugFields(),
    translationStateField,
    availableInField,
    localeStatusField,
    wordpressIdField,
    wordpressSlugField,
  ],
}
