import type { I18nClient } from '@payloadcms/translations'

/** The admin's own strings, in both admin languages, under Payload's `custom` namespace. */
const it = {
  translationsNav: 'Traduzioni',
  translationsTitle: 'Traduzioni da fare',
  translationsIntro:
    'Qui trovi, per ogni raccolta, i contenuti senza inglese o senza italiano e le traduzioni inglesi rimaste indietro rispetto all’italiano. Ogni titolo apre il documento nella lingua da scrivere.',
  copyHint:
    'Per partire dal testo italiano: apri il documento in italiano, scegli «Copia in locale» dal menu ⋮ accanto a Pubblica e come destinazione English. Testo, immagini e collegamenti vengono copiati in una bozza inglese, che resta privata finché non premi Pubblica.',
  missingEnglish: 'Senza inglese',
  missingItalian: 'Senza italiano',
  stale: 'Inglese da aggiornare',
  staleHint: 'L’italiano è cambiato dopo l’ultima modifica dell’inglese.',
  nothingToDo: 'Niente da fare qui.',
  allTranslated: 'Tutto tradotto: nessun contenuto aspetta una traduzione.',
  openDashboard: 'Apri le traduzioni',
  countsTitle: 'Traduzioni',
  upcomingEvents: 'Prossimi eventi',
  quickFilters: 'Filtri rapidi',
  showAll: 'Tutti',
  translatedStatus: 'tradotto',
  incompleteStatus: 'incompleto',
  missingStatus: 'mancante',
  localeStatusLabel: 'Lingue',
  siteName: 'Warehouse Coworking Factory',
  byCollection: 'Raccolte',
  allCollections: 'Tutte',
  showAllRows: 'Vedi tutti',
  previousPage: 'Pagina precedente',
  nextPage: 'Pagina successiva',
  pageOf: 'Pagina {{page}} di {{total}}',
  moreActions: 'Altre azioni',
  clearDate: 'Cancella la data',
  editImage: 'Modifica l’immagine',
  removeImage: 'Togli l’immagine',
  selectRow: 'Seleziona la riga',
  selectAll: 'Seleziona tutte le righe',
  emailNotConfigured:
    'L’invio delle e-mail non è configurato (SMTP_URL ed EMAIL_FROM): i messaggi del sito, come il ripristino della password e le notifiche dei moduli, finiscono solo nel log del server.',
}

const en: typeof it = {
  translationsNav: 'Translations',
  translationsTitle: 'Translations to do',
  translationsIntro:
    'For each collection: the content without English or without Italian, and the English translations left behind by a newer Italian text. Each title opens the document in the language to write.',
  copyHint:
    'To start from the Italian text: open the document in Italian, choose “Copy to locale” from the ⋮ menu next to Publish, and English as the target. Text, images and links are copied into an English draft, which stays private until you press Publish.',
  missingEnglish: 'Missing English',
  missingItalian: 'Missing Italian',
  stale: 'English to update',
  staleHint: 'The Italian changed after the English was last edited.',
  nothingToDo: 'Nothing to do here.',
  allTranslated: 'Everything is translated: no content is waiting for a translation.',
  openDashboard: 'Open translations',
  countsTitle: 'Translations',
  upcomingEvents: 'Upcoming events',
  quickFilters: 'Quick filters',
  showAll: 'All',
  translatedStatus: 'translated',
  incompleteStatus: 'incomplete',
  missingStatus: 'missing',
  localeStatusLabel: 'Languages',
  siteName: 'Warehouse Coworking Factory',
  byCollection: 'Collections',
  allCollections: 'All',
  showAllRows: 'See all',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageOf: 'Page {{page}} of {{total}}',
  moreActions: 'More actions',
  clearDate: 'Clear the date',
  editImage: 'Edit the image',
  removeImage: 'Remove the image',
  selectRow: 'Select the row',
  selectAll: 'Select all rows',
  emailNotConfigured:
    'Sending e-mail is not configured (SMTP_URL and EMAIL_FROM): the site’s messages, such as password resets and form notifications, only reach the server log.',
}

/**
 * Payload's Italian calls a language "località" (a place) and has a few slips; ours replace them.
 * ("Copia in locale" stays: the translation help above names it.)
 */
const payloadItalian = {
  general: {
    allLocales: 'Tutte le lingue',
    locale: 'Lingua',
    clear: 'Cancella',
    edit: 'Modifica',
    // The schedule drawer's list of what is already scheduled, not calendar events.
    upcomingEvents: 'Già programmati',
    noUpcomingEventsScheduled: 'Niente di programmato.',
  },
  localization: {
    cannotCopySameLocale: 'Non si può copiare nella stessa lingua',
    copyTo: 'Copia in',
    localeToPublish: 'Lingua da pubblicare',
    selectedLocales: 'Lingue selezionate',
    selectLocaleToCopy: 'Scegli la lingua da copiare',
    selectLocaleToDuplicate: 'Scegli le lingue da duplicare',
  },
  version: { publishAllLocales: 'Pubblica in tutte le lingue' },
}

export const adminTranslations = { it: { ...payloadItalian, custom: it }, en: { custom: en } }

export type AdminKey = keyof typeof it

/** Payload's `t` is typed for its own keys only; ours live under `custom:`. */
export function adminT(i18n: I18nClient, key: AdminKey, vars?: Record<string, unknown>): string {
  return (i18n.t as (key: string, vars?: Record<string, unknown>) => string)(`custom:${key}`, vars)
}
