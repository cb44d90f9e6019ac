import type { Locale } from './locales'

/**
 * The texts of the pages shown when the site itself fails: the error boundaries (client code, so
 * kept out of the message files that would all travel with them) and the proxy's 400 and 503.
 */
export const errorText = {
  it: {
    error: { title: 'Qualcosa è andato storto', description: 'Non siamo riusciti a mostrare questa pagina. Riprova tra qualche istante.', retry: 'Riprova', home: 'Torna alla home' },
    unavailable: { title: 'Sito momentaneamente non disponibile', description: 'Stiamo avendo un problema tecnico temporaneo. Riprova tra qualche minuto.', retry: 'Riprova', home: 'Torna alla home' },
    badRequest: { title: 'Indirizzo non valido', description: "L'indirizzo contiene caratteri che non possiamo leggere.", retry: 'Riprova', home: 'Torna alla home' },
    badForm: { title: 'Modulo non valido', description: 'Non siamo riusciti a leggere il modulo inviato. Torna alla pagina e riprova.', retry: 'Riprova', home: 'Torna alla home' },
    tooManyRequests: { title: 'Troppi invii', description: 'Hai inviato molti moduli in poco tempo. Riprova tra qualche minuto: quello che hai scritto è ancora nella pagina precedente.', retry: 'Riprova', home: 'Torna alla home' },
  },
  en: {
    error: { title: 'Something went wrong', description: 'We could not show this page. Please try again in a moment.', retry: 'Try again', home: 'Back to the home page' },
    unavailable: { title: 'The site is briefly unavailable', description: 'We are having a temporary technical problem. Please try again in a few minutes.', retry: 'Try again', home: 'Back to the home page' },
    badRequest: { title: 'Invalid address', description: 'The address contains characters we cannot read.', retry: 'Try again', home: 'Back to the home page' },
    badForm: { title: 'Invalid form', description: 'We could not read the form you sent. Go back to the page and try again.', retry: 'Try again', home: 'Back to the home page' },
    tooManyRequests: { title: 'Too many submissions', description: 'You have sent many forms in a short time. Try again in a few minutes: what you wrote is still on the previous page.', retry: 'Try again', home: 'Back to the home page' },
  },
} as const satisfies Record<Locale, Record<string, { title: string; description: string; retry: string; home: string }>>

export type ErrorKind = keyof (typeof errorText)['it']

/** The locale of a path (`/en/…` → en), Italian when it has none. */
export const localeOfPath = (pathname: string | null | undefined): Locale => (pathname?.split('/')[1]?.toLowerCase() === 'en' ? 'en' : 'it')
