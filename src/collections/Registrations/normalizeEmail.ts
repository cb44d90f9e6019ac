/** One spelling per address, so that the same person registering twice is found: trimmed, lower case. */
export const normalizeEmail = (email: string) => email.normalize('NFC').trim().toLowerCase()
