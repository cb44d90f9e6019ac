import type { GlobalConfig } from 'payload'
import { revalidateGlobal } from '@/collections/shared/revalidate'
import { anyone, isStaff } from '@/access/roles'
import { validateHttpUrl } from '@/fields/validateHttpUrl'

export const siteSettingsSlug = 'site-settings'

export const SiteSettings: GlobalConfig = {
  slug: siteSettingsSlug,
  hooks: { afterChange: revalidateGlobal('site-settings') },
  label: { it: 'Impostazioni del sito', en: 'Site settings' },
  admin: { group: { it: 'Sito', en: 'Site' } },
  access: { read: anyone, update: isStaff },
  fields: [
    { name: 'siteName', type: 'text', required: true, localized: true, label: { it: 'Nome del sito', en: 'Site name' } },
    { name: 'tagline', type: 'text', localized: true, label: { it: 'Motto', en: 'Tagline' } },
    {
      name: 'contact',
      type: 'group',
      label: { it: 'Contatti', en: 'Contact' },
      fields: [
        { name: 'email', type: 'email', label: 'Email' },
        { name: 'phone', type: 'text', label: { it: 'Telefono', en: 'Phone' } },
        { name: 'address', type: 'textarea', label: { it: 'Indirizzo', en: 'Address' } },
        { name: 'openingHours', type: 'text', localized: true, label: { it: 'Orari', en: 'Opening hours' } },
      ],
    },
    {
      name: 'contactPage',
      type: 'relationship',
      relationTo: 'pages',
      label: { it: 'Pagina dei contatti', en: 'Contact page' },
      admin: {
        description: {
          it: 'Dove portano «Prenota una visita» in testata e «Scrivici per partecipare» negli eventi senza un link di iscrizione.',
          en: 'Where “Book a visit” in the header and “Want to join? Write to us” on events without a registration link lead.',
        },
      },
    },
    {
      name: 'social',
      type: 'array',
      label: { it: 'Profili social', en: 'Social profiles' },
      fields: [
        {
          name: 'network',
          type: 'select',
          required: true,
          options: ['facebook', 'instagram', 'linkedin', 'x', 'youtube', 'mastodon', 'other'],
        },
        { name: 'url', type: 'text', required: true, validate: (value: unknown) => validateHttpUrl(value) },
      ],
    },
  ],
}
