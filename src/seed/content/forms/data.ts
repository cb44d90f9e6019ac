import type { Block as TextBlock } from '../../lexical'

type Field =
  | { blockType: 'text' | 'email' | 'textarea' | 'date'; name: string; required: boolean; label: { it: string; en: string } }
  | { blockType: 'checkbox'; name: string; required: boolean; label: { it: string; en: string } }
  | { blockType: 'select'; name: string; required: boolean; label: { it: string; en: string }; options: { value: string; label: { it: string; en: string } }[] }

export type FormSeed = { title: string; submitButtonLabel: { it: string; en: string }; confirmation: { it: TextBlock[]; en: TextBlock[] }; fields: Field[] }

/** The demo "contact / book a visit" form, on the Contatti / Contact page. */
export const contactForm: FormSeed = {
  title: 'Contatti · Prenota una visita',
  submitButtonLabel: { it: 'Invia la richiesta', en: 'Send your request' },
  confirmation: {
    it: ['Ti abbiamo mandato una copia per e-mail. Ti rispondiamo entro un giorno lavorativo.'],
    en: ['We have e-mailed you a copy. We answer within one working day.'],
  },
  fields: [
    { blockType: 'text', name: 'name', required: true, label: { it: 'Nome e cognome', en: 'Full name' } },
    { blockType: 'email', name: 'email', required: true, label: { it: 'E-mail', en: 'E-mail' } },
    { blockType: 'text', name: 'phone', required: false, label: { it: 'Telefono', en: 'Phone' } },
    {
      blockType: 'select',
      name: 'interest',
      required: true,
      label: { it: 'Ti interessa', en: 'You are interested in' },
      options: [
        { value: 'day-desk', label: { it: 'Una scrivania per un giorno', en: 'A desk for a day' } },
        { value: 'monthly-desk', label: { it: 'Una scrivania al mese', en: 'A monthly desk' } },
        { value: 'meeting-room', label: { it: 'La sala riunioni', en: 'The meeting room' } },
        { value: 'visit', label: { it: 'Una visita allo spazio', en: 'A visit to the space' } },
        { value: 'other', label: { it: 'Altro', en: 'Something else' } },
      ],
    },
    { blockType: 'date', name: 'date', required: false, label: { it: 'Data che preferisci', en: 'Preferred date' } },
    { blockType: 'textarea', name: 'message', required: true, label: { it: 'Messaggio', en: 'Message' } },
    {
      blockType: 'checkbox',
      name: 'consent',
      required: true,
      label: {
        it: "Ho letto l'[informativa sulla privacy](/it/privacy) e accetto che i miei dati siano usati per rispondermi.",
        en: 'I have read the [privacy notice](/en/privacy) and agree that my data is used to answer me.',
      },
    },
  ],
}
