import type { Field } from 'payload'

/** The WordPress ID a document was imported from: a second import finds it and updates it. */
export const wordpressIdField: Field = {
  name: 'wordpressId',
  type: 'number',
  unique: true,
  index: true,
  label: { it: 'ID WordPress', en: 'WordPress ID' },
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: { it: 'Importato dal vecchio sito.', en: 'Imported from the old site.' },
  },
}

/** The post's address on the old site (post_name): old links to it redirect here. */
export const wordpressSlugField: Field = {
  name: 'wordpressSlug',
  type: 'text',
  index: true,
  label: { it: 'Slug WordPress', en: 'WordPress slug' },
  admin: { position: 'sidebar', readOnly: true },
}
