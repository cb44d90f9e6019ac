import type { CollectionConfig } from 'payload'
import { revalidateCollection } from '../shared/revalidate'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, trackTranslationState, translationStateField } from '@/fields/translationState'
import { categoriesSlug } from '../Categories'
import { tagsSlug } from '../Tags'
import { usersSlug } from '../Users'
import { wordpressIdField, wordpressSlugField } from '@/fields/wordpress'
import { coverImageField, editorialAccess, editorialVersions } from '../shared/editorial'

export const postsSlug = 'posts'

export const Posts: CollectionConfig = {
  slug: postsSlug,
  labels: { singular: { it: 'Articolo', en: 'Post' }, plural: { it: 'Articoli', en: 'Posts' } },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', '_status', 'publishedAt', 'updatedAt'],
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: editorialAccess,
  versions: editorialVersions,
  defaultSort: '-publishedAt',
  hooks: {
    ...revalidateCollection('posts'),
    beforeChange: [
      trackTranslationState({ defining: ['title'], expected: ['title', 'excerpt', 'content'] }),
    ],
  },
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Titolo', en: 'Title' } },
    {
      name: 'excerpt',
      type: 'textarea',
      localized: true,
      maxLength: 400,
      label: { it: 'Sommario', en: 'Excerpt' },
    },
    { name: 'content', type: 'richText', localized: true, label: { it: 'Testo', en: 'Content' } },
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
      label: { it: 'Progetti collegati', en: 'Related projects' },
    },
    { name: 'author', type: 'relationship', relationTo: usersSlug, admin: { position: 'sidebar' }, label: { it: 'Autore', en: 'Author' } },
    {
      name: 'publishedAt',
      type: 'date',
      index: true,
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
      label: { it: 'Data di pubblicazione', en: 'Published at' },
      hooks: {
        beforeChange: [
          ({ value, siblingData }) => value ?? (siblingData._status === 'published' ? new Date().toISOString() : value),
        ],
      },
    },
    ...localizedSlugFields(),
    translationStateField,
    availableInField,
    wordpressIdField,
    wordpressSlugField,
  ],
}
