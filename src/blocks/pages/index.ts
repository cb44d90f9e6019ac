import type { Block } from 'payload'
import { formsSlug } from '@/collections/Forms/slugs'
import { mediaSlug } from '@/collections/Media'
import { linkFields } from './link'

const heading = { name: 'heading', type: 'text', label: { it: 'Titolo', en: 'Heading' } } as const

export const HeroBlock: Block = {
  slug: 'hero',
  labels: { singular: { it: 'Apertura', en: 'Hero' }, plural: { it: 'Aperture', en: 'Heroes' } },
  fields: [
    { ...heading, required: true },
    { name: 'text', type: 'textarea', label: { it: 'Testo', en: 'Text' } },
    { name: 'image', type: 'upload', relationTo: mediaSlug, label: { it: 'Immagine', en: 'Image' } },
    ...linkFields(),
  ],
}

export const RichTextBlock: Block = {
  slug: 'richText',
  labels: { singular: { it: 'Testo', en: 'Rich text' }, plural: { it: 'Testi', en: 'Rich texts' } },
  fields: [{ name: 'content', type: 'richText', required: true, label: { it: 'Testo', en: 'Text' } }],
}

export const ImageBlock: Block = {
  slug: 'image',
  labels: { singular: { it: 'Immagine', en: 'Image' }, plural: { it: 'Immagini', en: 'Images' } },
  fields: [
    { name: 'image', type: 'upload', relationTo: mediaSlug, required: true, label: { it: 'Immagine', en: 'Image' } },
    { name: 'caption', type: 'text', label: { it: 'Didascalia', en: 'Caption' } },
  ],
}

export const CallToActionBlock: Block = {
  slug: 'callToAction',
  labels: { singular: { it: 'Invito all’azione', en: 'Call to action' }, plural: { it: 'Inviti all’azione', en: 'Calls to action' } },
  fields: [{ ...heading, required: true }, { name: 'text', type: 'textarea', label: { it: 'Testo', en: 'Text' } }, ...linkFields(true)],
}

export const PlansBlock: Block = {
  slug: 'plans',
  labels: { singular: { it: 'Piani e prezzi', en: 'Plans and prices' }, plural: { it: 'Piani e prezzi', en: 'Plans and prices' } },
  fields: [
    heading,
    {
      name: 'plans',
      type: 'array',
      minRows: 1,
      maxRows: 6,
      labels: { singular: { it: 'Piano', en: 'Plan' }, plural: { it: 'Piani', en: 'Plans' } },
      fields: [
        { name: 'name', type: 'text', required: true, label: { it: 'Nome', en: 'Name' } },
        {
          type: 'row',
          fields: [
            { name: 'price', type: 'number', required: true, min: 0, max: 100000, label: { it: 'Prezzo (€, IVA inclusa)', en: 'Price (€, VAT included)' } },
            {
              name: 'period',
              type: 'select',
              required: true,
              defaultValue: 'month',
              options: [
                { value: 'hour', label: { it: 'all’ora', en: 'per hour' } },
                { value: 'day', label: { it: 'al giorno', en: 'per day' } },
                { value: 'month', label: { it: 'al mese', en: 'per month' } },
                { value: 'year', label: { it: 'all’anno', en: 'per year' } },
              ],
              label: { it: 'Periodo', en: 'Period' },
            },
          ],
        },
        { name: 'highlighted', type: 'checkbox', label: { it: 'In evidenza', en: 'Highlighted' } },
        {
          name: 'included',
          type: 'array',
          labels: { singular: { it: 'Voce inclusa', en: 'Included item' }, plural: { it: 'Cosa è incluso', en: 'What is included' } },
          fields: [{ name: 'item', type: 'text', required: true, label: { it: 'Voce', en: 'Item' } }],
        },
        ...linkFields(),
      ],
    },
    { name: 'note', type: 'textarea', label: { it: 'Nota sotto i prezzi', en: 'Note below the prices' } },
  ],
}

export const FaqBlock: Block = {
  slug: 'faq',
  labels: { singular: { it: 'Domande frequenti', en: 'FAQ' }, plural: { it: 'Domande frequenti', en: 'FAQs' } },
  fields: [
    heading,
    {
      name: 'items',
      type: 'array',
      minRows: 1,
      labels: { singular: { it: 'Domanda', en: 'Question' }, plural: { it: 'Domande', en: 'Questions' } },
      fields: [
        { name: 'question', type: 'text', required: true, label: { it: 'Domanda', en: 'Question' } },
        { name: 'answer', type: 'textarea', required: true, label: { it: 'Risposta', en: 'Answer' } },
      ],
    },
  ],
}

export const FormBlock: Block = {
  slug: 'form',
  // Named apart from the form-builder's `forms` collection, whose GraphQL type is already "Form".
  interfaceName: 'FormBlock',
  labels: { singular: { it: 'Modulo', en: 'Form' }, plural: { it: 'Moduli', en: 'Forms' } },
  fields: [
    heading,
    { name: 'intro', type: 'textarea', label: { it: 'Introduzione', en: 'Introduction' } },
    { name: 'form', type: 'relationship', relationTo: formsSlug, required: true, label: { it: 'Modulo', en: 'Form' } },
  ],
}

export const pageBlocks: Block[] = [HeroBlock, RichTextBlock, ImageBlock, CallToActionBlock, PlansBlock, FaqBlock, FormBlock]
