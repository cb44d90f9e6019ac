import { databaseKnownDown } from '@/db/health'
import { isLocale } from '@/i18n/locales'
import { plainPageHeaders, plainPageHtml } from './plainPage'

/** Seconds a client should wait before asking again while the database is down. */
export const outageRetryAfterSeconds = 30

export type UnavailablePage = { status: number; headers: Record<string, string>; html: string }

/**
 * The localized 503 for a page of the site whose render failed while the database is known to be
 * down, or nothing (another path, a 500 with the database up). Read by src/server/requestGate.cjs,
 * which runs before Next and so cannot import the app's modules.
 */
export function unavailablePage(url: string): UnavailablePage | undefined {
  const pathname = url.split('?')[0] ?? ''
  if (!isLocale(pathname.split('/')[1]) || !databaseKnownDown()) return undefined
  return { ...plainPageHtml('unavailable', pathname), headers: { ...plainPageHeaders, 'Retry-After': String(outageRetryAfterSeconds) } }
}

/** Hands `unavailablePage` to the request gate of this process (src/server/requestGate.cjs). */
export function installPageGate(): void {
  ;(globalThis as Record<symbol, unknown>)[Symbol.for('coworking.pageGate')] = { unavailable: unavailablePage }
}
