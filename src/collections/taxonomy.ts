import type { CollectionConfig } from 'payload'
import { revalidateCollection } from './shared/revalidate'
import { quickFiltersComponents } from './shared/listViews'
import { anyone, isStaff } from '@/access/roles'
import { localizedSlugFields } from '@/fields/slug'
import { wordpressIdField } from '@/fields/wordpress'
import { availableInField, trackTranslationState, translationStateField } from '@/fields/translationState'
import { localeStatusField } from '@/fields/translationState/localeStatusField'

type Label = { it: string; en: string }

/** Categories and tags share their shape: a localized name and a localized slug. */
export function taxonomyCollection(slug: 'categories' | 'tags', labels: { singular: Label; plural: Label }): CollectionConfig {
  return {
    slug,
    labels,
    admin: {
      useAsTitle: 'title',
      group: { it: 'Tassonomie', en: 'Taxonomies' },
      defaultColumns: ['title', 'localeStatus', 'slug', 'updatedAt'],
      components: quickFiltersComponents,
    },
    access: { read: anyone, create: isStaff, update: isStaff, delete: isStaff },
    hooks: { ...revalidateCollection(slug), beforeChange: [trackTranslationState({ defining: ['title'], expected: ['title'] })] },
    fields: [
      { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Nome', en: 'Name' } },
      ...localizedSlugFields(),
      translationStateField,
      availableInField,
      localeStatusField,
      wordpressIdField,
    ],
  }
}
