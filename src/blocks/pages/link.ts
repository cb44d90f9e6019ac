import type { Field } from 'payload'

/** A button or link an editor writes: a path of the site (/it/contatti) or a full http(s) address. */
export function validateLinkHref(value: unknown): true | string {
  if (value === null || value === undefined || value === '') return true
  const href = String(value)
  if (/^\/(?!\/)[^\s\\]*$/.test(href)) return true
  try {
    const url = new URL(href)
    return url.protocol === 'https:' || url.protocol === 'http:' ? true : 'Use an http(s) address or a path such as /it/contatti.'
  } catch {
    return 'Use a path such as /it/contatti or a full address, e.g. https://example.org/page'
  }
}

export const linkFields = (required = false): Field[] => [
  {
    type: 'row',
    fields: [
      { name: 'linkLabel', type: 'text', required, label: { it: 'Testo del pulsante', en: 'Button text' } },
      {
        name: 'linkHref',
        type: 'text',
        required,
        validate: validateLinkHref,
        label: { it: 'Indirizzo del pulsante', en: 'Button address' },
        admin: { description: { it: 'Un percorso del sito (/it/contatti) o un indirizzo completo.', en: 'A path of the site (/en/contact) or a full address.' } },
      },
    ],
  },
]
