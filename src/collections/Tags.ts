import { taxonomyCollection } from './taxonomy'

export const tagsSlug = 'tags'

export const Tags = taxonomyCollection(tagsSlug, {
  singular: { it: 'Etichetta', en: 'Tag' },
  plural: { it: 'Etichette', en: 'Tags' },
})
