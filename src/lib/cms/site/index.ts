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
