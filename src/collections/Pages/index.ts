import type { CollectionConfig } from 'payload'
import { pageBlocks } from '@/blocks/pages'
import { localizedSlugFields } from '@/fields/slug'
import { availableInField, translationStateField } from '@/fields/translationState'
import { localeStatusField } from '@/fields/translationState/localeStatusField'
import { editorialAccess, editorialHooks, editorialVersions } from '../shared/editorial'
import { quickFiltersComponents } from '../shared/listViews'
import { previewAdmin } from '../shared/preview'
import { setPageSearchText } from './pageSearchText'
import { validatePageSlug } from './validatePageSlug'

export const pagesSlug = 'pages'

/** Pages an editor composes from blocks (about, plans and prices, contact, privacy), at /{locale}/{slug}. */
export const Pages: CollectionConfig = {
  slug: pagesSlug,
  labels: { singular: { it: 'Pagina', en: 'Page' }, plural: { it: 'Pagine', en: 'Pages' } },
  admin: {
    useAsTitle: 'title',
    ...previewAdmin('pages'),
    defaultColumns: ['title', 'localeStatus', 'slug', '_status', 'updatedAt'],
    listSearchableFields: ['title', 'slug'],
    components: quickFiltersComponents,
    group: { it: 'Contenuti', en: 'Content' },
  },
  access: editorialAccess,
  versions: editorialVersions,
  hooks: editorialHooks('pages', { defining: ['title'], expected: ['title', 'layout'] }),
  fields: [
    { name: 'title', type: 'text', required: true, localized: true, label: { it: 'Titolo', en: 'Title' } },
    { name: 'summary', type: 'textarea', localized: true, maxLength: 300, label: { it: 'In breve', en: 'Summary' } },
    { name: 'layout', type: 'blocks', localized: true, blocks: pageBlocks, label: { it: 'Blocchi', en: 'Blocks' } },
    // The blocks' words for the site search (a stored column can only read its own row: migration 20261126_182621).
    { name: 'searchText', type: 'textarea', localized: true, admin: { hidden: true }, hooks: { beforeChange: [setPageSearchText] } },
    ...localizedSlugFields({ validate: validatePageSlug }),
    translationStateField,
    availableInField,
    localeStatusField,
  ],
}
