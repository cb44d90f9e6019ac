import type { Payload } from 'payload'
import { splitLocale } from '@/collections/Redirects/redirectPath'
import { contentHref, isContentCollection } from '@/content/types'
import { type Locale, locales } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import type { RedirectTable, StaffRedirect } from './redirectLocation'

/** Paths among `froms` that a page answers now (a page created after the redirect wins over it). */
async function livePages(payload: Payload, froms: string[]): Promise<Set<string>> {
  const live = new Set<string>()
  const single = froms.map(splitLocale).filter(({ rest }) => rest.length === 1)
  for (const locale of locales) {
    const slugs = single.filter((path) => !path.locale || path.locale === locale).map(({ rest }) => rest[0])
    if (slugs.length === 0) continue
    const { docs } = await payload.find({ collection: 'pages', locale, where: { slug: { in: slugs } }, pagination: false, depth: 0, select: { slug: true }, overrideAccess: false, draft: false })
    for (const { slug } of docs) live.add(`/${locale}/${slug}`).add(`/${slug}`)
  }
  return live
}

/** Every staff redirect with its target worked out per locale: a few hundred entries at most. */
export async function readRedirectTable(payload: Payload): Promise<RedirectTable> {
  const { docs } = await payload.find({ collection: 'redirects', pagination: false, depth: 0, overrideAccess: true })
  const live = await livePages(payload, docs.map((doc) => doc.from))
  const table: RedirectTable = {}
  for (const doc of docs) {
    if (live.has(doc.from)) continue
    const status = doc.type === '307' ? 307 : 308
    let to: StaffRedirect['to'] | undefined
    const reference = doc.to?.reference
    if (doc.to?.type === 'custom') to = doc.to.url ?? undefined
    else if (reference && isContentCollection(reference.relationTo) && typeof reference.value === 'number') {
      const collection = reference.relationTo
      const slugs = await findLocaleSlugs(payload, collection, reference.value)
      to = Object.fromEntries(
        Object.entries(slugs).map(([locale, slug]) => [locale, getPathname({ locale: locale as Locale, href: contentHref(collection, slug as string) })]),
      )
      if (Object.keys(to).length === 0) to = undefined
    }
    if (to) table[doc.from] = { status, to }
  }
  return table
}
