import { taxonomyCollection } from './taxonomy'

export const tagsSlug = 'tags' as const

export const Tags = taxonomyCollection(tagsSlug, {
  singular: { it: 'Etichetta', en: 'Tag' },
  plural: { it: 'Etichette', en: 'Tags' },
})
