import type { GlobalConfig } from 'payload'
import { revalidateGlobal } from '@/collections/shared/revalidate'
import { anyone, isStaff } from '@/access/roles'
import { validateHttpUrl } from '@/fields/validateHttpUrl'

export const navigationSlug = 'navigation'

export const sitePages = ['home', 'blog', 'events', 'spaces', 'projects', 'search'] as const

export const Navigation: GlobalConfig = {
  slug: navigationSlug,
  hooks: { afterChange: revalidateGlobal('navigation') },
  label: { it: 'Navigazione', en: 'Navigation' },
  admin: { group: { it: 'Sito', en: 'Site' } },
  access: { read: anyone, update: isStaff },
  fields: [
    {
      name: 'items',
      type: 'array',
      localized: true,
      maxRows: 8,
      label: { it: 'Voci del menu', en: 'Menu items' },
      fields: [
        { name: 'label', type: 'text', required: true, label: { it: 'Etichetta', en: 'Label' } },
        {
          name: 'page',
          type: 'select',
          options: sitePages.map((page) => ({ value: page, label: page })),
          label: { it: 'Pagina del sito', en: 'Site page' },
        },
        {
          name: 'document',
          type: 'relationship',
          relationTo: 'pages',
          label: { it: 'Oppure una pagina', en: 'Or a page' },
          admin: { condition: (_, sibling) => !sibling?.page },
        },
        {
          name: 'url',
          type: 'text',
          validate: (value: unknown) => validateHttpUrl(value),
          label: { it: 'Oppure un indirizzo esterno', en: 'Or an external address' },
          admin: { condition: (_, sibling) => !sibling?.page && !sibling?.document },
        },
      ],
    },
  ],
}
