import type { GlobalSlug } from 'payload'
import type { Navigation, SiteSetting } from '@/payload-types'
import { matches } from '@/lib/matches'
import { writeContext, type SeedContext } from '../upsert'

type NavItems = NonNullable<Navigation['items']>
type Localized = Pick<SiteSetting, 'siteName' | 'tagline'> & { openingHours: string; nav: NavItems; pages: { plans: string; contact: string } }

const shared = { email: 'info@warehousecoworking.example', address: 'Fano (PU), Italia' }

const site: Record<'it' | 'en', Localized> = {
  it: {
    siteName: 'Warehouse Coworking Factory',
    tagline: 'Spazio di lavoro condiviso e laboratorio di progettazione partecipata a Fano',
    openingHours: 'Lunedì–venerdì, 9:00–19:00',
    nav: [
      { label: 'Home', page: 'home' },
      { label: 'Blog', page: 'blog' },
      { label: 'Eventi', page: 'events' },
      { label: 'Spazi', page: 'spaces' },
      { label: 'Progetti', page: 'projects' },
    ],
    pages: { plans: 'Prezzi', contact: 'Contatti' },
  },
  en: {
    siteName: 'Warehouse Coworking Factory',
    tagline: 'A shared workspace and participatory design lab in Fano',
    openingHours: 'Monday to Friday, 9 am – 7 pm',
    nav: [
      { label: 'Home', page: 'home' },
      { label: 'Blog', page: 'blog' },
      { label: 'Events', page: 'events' },
      { label: 'Spaces', page: 'spaces' },
      { label: 'Projects', page: 'projects' },
    ],
    pages: { plans: 'Prices', contact: 'Contact' },
  },
}

async function syncGlobal(ctx: SeedContext, slug: GlobalSlug, locale: 'it' | 'en', data: object): Promise<boolean> {
  if (matches(await ctx.payload.findGlobal({ slug, locale, depth: 0 }), data)) return false
  await ctx.payload.updateGlobal({ slug, locale, data: data as never, depth: 0, context: writeContext })
  return true
}

export async function seedSite(ctx: SeedContext, pageIds: { plans: number; contact: number }) {
  const changed = new Set<GlobalSlug>()
  for (const locale of ['it', 'en'] as const) {
    const { siteName, tagline, openingHours, nav: sections, pages } = site[locale]
    const nav = [...sections, { label: pages.plans, document: pageIds.plans }, { label: pages.contact, document: pageIds.contact }]
    const settings = { siteName, tagline, contact: { ...shared, openingHours }, contactPage: pageIds.contact } satisfies Partial<SiteSetting>
    if (await syncGlobal(ctx, 'site-settings', locale, settings)) changed.add('site-settings')
    if (await syncGlobal(ctx, 'navigation', locale, { items: nav } satisfies Partial<Navigation>)) changed.add('navigation')
  }
  ctx.stats.updated += changed.size
  ctx.log(changed.size ? `updated globals ${[...changed].join(', ')}` : 'unchanged globals')
}
