import type { Block, TextFieldSingleValidation } from 'payload'
import { toEmbed } from '@/lib/richText/embedUrl'

const validateEmbedUrl: TextFieldSingleValidation = (value, { req }) =>
  toEmbed(value)
    ? true
    : req.i18n?.language === 'it'
      ? 'Usa un indirizzo https di un video YouTube o Vimeo.'
      : 'Use the https address of a YouTube or Vimeo video.'

/** A YouTube or Vimeo video inside rich text, played from the provider's privacy-friendly host. */
export const Embed: Block = {
  slug: 'embed',
  interfaceName: 'EmbedBlock',
  labels: { singular: { it: 'Video', en: 'Video' }, plural: { it: 'Video', en: 'Videos' } },
  fields: [
    {
      name: 'url',
      type: 'text',
      required: true,
      label: { it: 'Indirizzo del video', en: 'Video address' },
      admin: {
        description: {
          it: 'Un indirizzo https di YouTube o Vimeo, es. https://www.youtube.com/watch?v=…',
          en: 'A YouTube or Vimeo https address, e.g. https://vimeo.com/…',
        },
      },
      validate: validateEmbedUrl,
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: { it: 'Titolo del video', en: 'Video title' },
      admin: {
        description: {
          it: 'Letto dagli screen reader al posto del video.',
          en: 'Read out by screen readers in place of the video.',
        },
      },
    },
    { name: 'caption', type: 'text', label: { it: 'Didascalia', en: 'Caption' } },
  ],
}
