import { slugField, type Field, type RowField, type TextField } from 'payload'
import { slugify } from '@/lib/slugify'
import { ensureUniqueSlug } from './ensureUniqueSlug'
import { rememberPreviousSlugs } from './rememberPreviousSlugs'
import { slugFollowsOwnTitle } from './slugFollowsOwnTitle'

type Options = { useAsSlug?: string; localized?: boolean; validate?: TextField['validate'] }

/**
 * Payload's slug field (derived from the title until an editor takes it over), with our
 * accent-folding slugify, uniqueness within the locale and a memory of the slugs it had.
 */
export function localizedSlugFields({ useAsSlug = 'title', localized = true, validate }: Options = {}): Field[] {
  const row = slugField({
    localized,
    useAsSlug,
    slugify: ({ valueToSlugify }) => (typeof valueToSlugify === 'string' ? slugify(valueToSlugify) : undefined),
    overrides: (field: RowField) => {
      const slug = field.fields.find((f) => 'name' in f && f.name === 'slug') as TextField
      slug.label = { it: 'Slug (indirizzo)', en: 'Slug (address)' }
      slug.admin = {
        ...slug.admin,
        description: {
          it: "Parte dell'indirizzo della pagina. Viene dal titolo finché non la modifichi; i vecchi indirizzi restano validi.",
          en: 'Part of the page address. Follows the title until you edit it; old addresses keep working.',
        },
      }
      if (validate) slug.validate = validate
      const ownTitle = localized ? [slugFollowsOwnTitle(useAsSlug)] : []
      slug.hooks = { ...slug.hooks, beforeChange: [...(slug.hooks?.beforeChange ?? []), ...ownTitle, ensureUniqueSlug(useAsSlug)] }
      return field
    },
  })
  const previousSlugs: Field = {
    name: 'previousSlugs',
    type: 'array',
    localized,
    label: { it: 'Slug precedenti', en: 'Previous slugs' },
    admin: {
      position: 'sidebar',
      readOnly: true,
      description: {
        it: 'Indirizzi usati in passato: rimandano a quello attuale.',
        en: 'Addresses used before: they redirect to the current one.',
      },
    },
    hooks: { beforeChange: [rememberPreviousSlugs] },
    fields: [{ name: 'slug', type: 'text', required: true, index: true }],
  }
  return [row, previousSlugs]
}
