import type { AfterErrorHook } from 'payload'
import { MAX_UPLOAD_MB, UPLOAD_TOO_LARGE } from '@/config/uploads'

// No colon: Payload's error toast splits a message at its first colon into a list.
const messages = {
  it: {
    tooLarge: `Il file supera ${MAX_UPLOAD_MB} MB, il massimo accettato. Riducilo (per esempio a 6000 pixel di lato, qualità 90) e riprova.`,
    wrongType: `Questo tipo di file non è accettato. Carica un'immagine JPEG, PNG, WebP, AVIF o GIF (al massimo ${MAX_UPLOAD_MB} MB).`,
  },
  en: {
    tooLarge: `The file is larger than ${MAX_UPLOAD_MB} MB, the most we accept. Make it smaller (for example 6000 pixels on its long side, quality 90) and try again.`,
    wrongType: `This type of file is not accepted. Upload a JPEG, PNG, WebP, AVIF or GIF image (at most ${MAX_UPLOAD_MB} MB).`,
  },
}

type FieldErrors = { errors?: { path?: string }[] }

function isWrongType(error: Error & { data?: unknown }): boolean {
  const fieldErrors = (error.data as FieldErrors | undefined)?.errors ?? []
  // By its shape: the production build minifies the error's class name.
  return fieldErrors.some((fieldError) => fieldError.path === 'file' || fieldError.path === 'mimeType')
}

/**
 * A file too big or of the wrong type is told to the editor in the admin's language, with the
 * limit: Payload's messages are English and a refused body reached the admin as "An unknown error".
 */
export const explainUploadErrors: AfterErrorHook = ({ error, req }) => {
  const text = req.i18n?.language === 'en' ? messages.en : messages.it
  const status = (error as { status?: number }).status
  if (error.message === UPLOAD_TOO_LARGE || status === 413) {
    return { status: 413, response: { errors: [{ message: text.tooLarge }] } }
  }
  if (isWrongType(error)) {
    return { status: 400, response: { errors: [{ name: 'ValidationError', message: text.wrongType, data: { errors: [{ path: 'file', message: text.wrongType }] } }] } }
  }
}
