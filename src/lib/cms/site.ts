import 'server-only'
import type { Locale } from '@/i18n/locales'
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
}

export const getSite = cached('site', ['site-settings', 'navigation'], async (locale: Locale): Promise<SiteView> => {
  const payload = await getPayloadClient()
  const [settings, navigation] = await Promise.all([
    payload.findGlobal({ slug: 'site-settings', depth: 0, ...publicRead(locale) }),
    payload.findGlobal({ slug: 'navigation', depth: 0, ...publicRead(locale) }),
  ])
  return {
    name: settings.siteName ?? 'Warehouse Coworking Factory',
    tagline: settings.tagline ?? undefined,
    email: settings.contact?.email ?? undefined,
    phone: settings.contact?.phone ?? undefined,
    address: settings.contact?.address ?? undefined,
    openingHours: settings.contact?.openingHours ?? undefined,
    social: (settings.social ?? []).map(({ network, url }) => ({ network, url })),
    navigation: (navigation.items ?? []).map(({ label, page, url }) => ({ label, page, url })),
  }
})
