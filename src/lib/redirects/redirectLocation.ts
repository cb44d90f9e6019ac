import { normalizeRedirectPath, splitLocale } from '@/collections/Redirects/redirectPath'
import { type Locale, locales } from '@/i18n/locales'

/** A staff redirect as the edge serves it: a document's path per locale it is published in, or one address. */
export type StaffRedirect = { status: 307 | 308; to: Partial<Record<Locale, string>> | string }
export type RedirectTable = Record<string, StaffRedirect>

export type RedirectAnswer = { location: string; status: 307 | 308; byLanguage: boolean }

/**
 * Where a request path leads through the staff's redirects, in one hop: a chain of redirects
 * (A → B, B → C) answers C at once. The path's own locale prefix decides the language, else the
 * visitor's; a document not translated into it leads to the language it exists in.
 */
export function redirectLocation(table: RedirectTable, rawPath: string, visitor: Locale): RedirectAnswer | null {
  const start = normalizeRedirectPath(rawPath)
  if (!start.ok || !Object.hasOwn(table, start.path)) return null
  const { status } = table[start.path]
  let path = start.path
  // The first language a path of the chain names holds for the rest of it.
  let named = splitLocale(path).locale
  let byLanguage = false
  for (let hop = 0; hop < 10; hop++) {
    const { to } = table[path]
    named ??= splitLocale(path).locale
    let location: string | undefined
    if (typeof to === 'string') location = to
    else {
      byLanguage ||= !named && new Set(Object.values(to)).size > 1
      location = to[named ?? visitor] ?? locales.map((code) => to[code]).find(Boolean)
    }
    if (!location) return null
    const next = location.startsWith('/') && !/[?#]/.test(location) ? normalizeRedirectPath(location) : undefined
    if (!next?.ok || !Object.hasOwn(table, next.path)) return { location, status, byLanguage }
    // A loop (refused on save, but the table may be older than a fix): no redirect rather than a cycle.
    if (next.path === start.path) return null
    path = next.path
  }
  return null
}
