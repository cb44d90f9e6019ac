import type { Field } from 'payload'

const labels: Record<string, { label: { it: string; en: string }; description?: { it: string; en: string } }> = {
  title: { label: { it: 'Titolo per i motori di ricerca', en: 'Search-engine title' } },
  description: { label: { it: 'Descrizione per i motori di ricerca', en: 'Search-engine description' } },
  image: {
    label: { it: 'Immagine di condivisione', en: 'Sharing image' },
    description: {
      it: 'Appare quando il link viene condiviso. Vuota: si usa l’immagine di copertina.',
      en: 'Shown when the link is shared. Empty: the cover image is used.',
    },
  },
}

/** The SEO plugin's fields, labelled in both admin languages; every one stays localized. */
export const seoFields = ({ defaultFields }: { defaultFields: Field[] }): Field[] =>
  defaultFields.map((field) => {
    const name = 'name' in field ? field.name : undefined
    const text = name ? labels[name] : undefined
    if (!text) return field
    // The plugin's own fields are text, textarea and upload fields: all take a label and a description.
    return { ...field, label: text.label, admin: { ...field.admin, ...(text.description && { description: text.description }) } } as Field
  })
