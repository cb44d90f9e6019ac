import type { Locale } from '@/i18n/locales'

/** Every sentence the site e-mails, in each locale (the type keeps the two lists the same). */
const strings = {
  it: {
    greeting: (name: string) => `Ciao ${name},`,
    signature: 'Lo staff di Warehouse Coworking Factory',
    resetSubject: 'Scegli una nuova password',
    resetIntro: 'Qualcuno (speriamo tu) ha chiesto di reimpostare la password del tuo account sul sito.',
    resetAction: 'Scegli una nuova password',
    resetOutro: 'Il link vale un\'ora e funziona una sola volta. Se non l\'hai chiesto tu, ignora questo messaggio: la password resta quella di prima.',
    confirmSubject: 'Abbiamo ricevuto il tuo messaggio',
    confirmIntro: 'grazie per averci scritto. Ti rispondiamo entro un giorno lavorativo.',
    confirmCopy: 'Ecco cosa ci hai inviato:',
    notifySubject: (name: string) => `Nuovo messaggio dal sito: ${name}`,
    notifyIntro: 'È arrivato un nuovo messaggio dal modulo del sito. Rispondi a questa e-mail per scrivere direttamente al visitatore.',
    notifyAction: 'Apri nel pannello',
  },
  en: {
    greeting: (name: string) => `Hello ${name},`,
    signature: 'The Warehouse Coworking Factory team',
    resetSubject: 'Choose a new password',
    resetIntro: 'Someone (we hope you) asked to reset the password of your account on the website.',
    resetAction: 'Choose a new password',
    resetOutro: 'The link is valid for one hour and works once. If you did not ask for it, ignore this message: your password stays as it was.',
    confirmSubject: 'We have received your message',
    confirmIntro: 'thank you for writing to us. We answer within one working day.',
    confirmCopy: 'This is what you sent us:',
    notifySubject: (name: string) => `New message from the website: ${name}`,
    notifyIntro: 'A new message arrived through the website form. Reply to this e-mail to write to the visitor directly.',
    notifyAction: 'Open in the admin',
  },
} satisfies Record<Locale, Record<string, unknown>>

export type EmailStrings = (typeof strings)['it']

export function emailStrings(locale: Locale): EmailStrings {
  return strings[locale]
}
