import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { SiteRow, StoredNavItem } from './siteQuery'

export type NavItem = { label: string; page?: string | null; url?: string | null }

export type SiteView = {
  name: string
  tagline?: string
  email?: string
  phone?: string
  address?: string
  openingHours?: string
  social: { network: string; url: string }[]
  navigation: NavItem[]
  /** The contact page's address in this locale, when it is published in it. */
  contactHref?: string
}

const pagePath = (slug: string | null, locale: Locale) => (slug ? getPathname({ href: contentHref('pages', slug), locale }) : undefined)

/** A menu item; one that links a page becomes that page's address in this locale (none when it is not published there). */
function toNavItem({ label, page, url, document, slug }: StoredNavItem, locale: Locale): NavItem | undefined {
  if (document === null) return { label, page, url }
  const path = pagePath(slug, locale)
  return path ? { label, url: path } : undefined
}

export function toSiteView(site: SiteRow, locale: Locale): SiteView {
  return {
    name: site.siteName ?? 'Warehouse Coworking Factory',
    tagline: site.tagline ?? undefined,
    email: site.email ?? undefined,
    phone: site.phone ?? undefined,
    address: site.address ?? undefined,
    openingHours: site.openingHours ?? undefined,
    social: site.social,
    contactHref: pagePath(site.contactSlug, locale),
    navigation: site.navigation.map((item) => toNavItem(item, locale)).filter((item): item is NavItem => item !== undefined),
  }
}
