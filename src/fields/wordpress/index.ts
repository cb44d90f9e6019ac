import type { Condition, Field } from 'payload'

// Shown only on what was imported: an empty read-only box on every new document says nothing.
const onlyWhenImported = (name: string): Condition => (_data, siblingData) => Boolean(siblingData?.[name])

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
    condition: onlyWhenImported('wordpressId'),
    description: { it: 'Importato dal vecchio sito.', en: 'Imported from the old site.' },
  },
}

/** The post's address on the old site (post_name): old links to it redirect here. */
export const wordpressSlugField: Field = {
  name: 'wordpressSlug',
  type: 'text',
  index: true,
  label: { it: 'Slug WordPress', en: 'WordPress slug' },
  admin: { position: 'sidebar', readOnly: true, condition: onlyWhenImported('wordpressSlug') },
}
