import type { TypedUser } from 'payload'
import type { Locale } from '@/i18n/locales'

/**
 * The arguments of every public read: the visitor's locale with no fallback to another language,
 * and Payload's access control applied as for an anonymous visitor (published, translated).
 */
export const publicRead = (locale: Locale) =>
  ({ locale, fallbackLocale: false, overrideAccess: false, draft: false }) as const

/** The same read for a logged-in editor previewing: the latest drafts, with the editor's own access. */
export const draftRead = (locale: Locale, user: TypedUser) =>
  ({ locale, fallbackLocale: false, overrideAccess: false, draft: true, user }) as const

export type ReadOptions = ReturnType<typeof publicRead> | ReturnType<typeof draftRead>
