import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '../read/cached'
import { getPayloadClient } from '../read/client'
import { readSite } from './siteQuery'
import { type SiteView, toSiteView } from './views'

export type { NavItem, SiteView } from './views'

/** The site settings and menu of one locale (header, footer, metadata of every page). */
export const getSite = cached('site', ['site-settings', 'navigation', 'pages'], async (locale: Locale): Promise<SiteView> =>
  toSiteView(await readSite(await getPayloadClient(), locale), locale),
)

/**
 * Starts the site's read without waiting for it. A page calls it before its own reads so that,
 * after an expiry, they run beside it instead of before the page shell asks; the shell's own call
 * gets the same read (React's `cache` in `cached()`) and reports a failure.
 */
export function preloadSite(locale: Locale): void {
  getSite(locale).catch(() => {})
}
