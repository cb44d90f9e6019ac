import { taxonomyCollection } from './taxonomy'

export const categoriesSlug = 'categories' as const

export const Categories = taxonomyCollection(categoriesSlug, {
  singular: { it: 'Categoria', en: 'Category' },
  plural: { it: 'Categorie', en: 'Categories' },
})
