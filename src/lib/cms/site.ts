import 'server-only'
import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import type { Navigation, Page } from '@/payload-types'
import { cached } from './read/cached'
import { getPayloadClient } from './read/client'
import { publicRead } from './read/publicRead'

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

type RawItem = NonNullable<Navigation['items']>[number]

/** A linked page's address in this locale; none when it is not published there (the read leaves only its id). */
function pagePath(page: number | Page | null | undefined, locale: Locale): string | undefined {
  const slug = typeof page === 'object' && page ? page.slug : undefined
  return slug ? getPathname({ href: contentHref('pages', slug), locale }) : undefined
}

/** A menu item; one that links a page becomes that page's address in this locale (none when it is not published there). */
function toNavItem({ label, page, url, document }: RawItem, locale: Locale): NavItem | undefined {
  if (document === null || document === undefined) return { label, page, url }
  const path = pagePath(document, locale)
  return path ? { label, url: path } : undefined
}

export const getSite = cached('site', ['site-settings', 'navigation', 'pages'], async (locale: Locale): Promise<SiteView> => {
  const payload = await getPayloadClient()
  const [settings, navigation] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 1, populate: { pages: { slug: true } }, ...publicRead(locale) }),
    payload.findGlobal({ slug: 'navigation', depth: 1, populate: { pages: { slug: true } }, ...publicRead(locale) }),
  ])
  return {
    name: settings.siteName ?? 'Warehouse Coworking Factory',
    tagline: settings.tagline ?? undefined,
    email: settings.contact?.email ?? undefined,
    phone: settings.contact?.phone ?? undefined,
    address: settings.contact?.address ?? undefined,
    openingHours: settings.contact?.openingHours ?? undefined,
    social: (settings.social ?? []).map(({ network, url }) => ({ network, url })),
    contactHref: pagePath(settings.contactPage, locale),
    navigation: (navigation.items ?? []).map((item) => toNavItem(item, locale)).filter((item): item is NavItem => item !== undefined),
  }
})
