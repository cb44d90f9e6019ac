import type { Payload } from 'payload'
import type { Locale } from '@/i18n/locales'
import { publicRead, type ReadOptions } from '@/lib/cms/read/publicRead'
import { findBySlug } from '@/lib/cms/read/findBySlug'
import { findLocaleSlugs } from '@/lib/cms/read/slugsByLocale'
import { hasPage } from '@/lib/cms/shared/linkViews'
import { eventSummaryFields } from '@/lib/cms/events/views'
import { spaceRows } from './listQueries'
import { type SpaceSummary, type SpaceView, sortSpaces, toSpaceSummary, toSpaceView } from './views'

// Spaces have no drafts and anyone may read them; a space is shown in a locale only where its
// description is translated. The filter is applied here, on the document read: Payload refuses a
// public query on `availableIn.it` in locale "it" (it takes the key for a locale suffix).

/** The spaces described in this locale: the home space first, then partners by country, region and name. */
export async function findSpaces(payload: Payload, locale: Locale): Promise<SpaceSummary[]> {
  const rows = await spaceRows(payload, locale)
  const logoIds = [...new Set(rows.flatMap((row) => (row.logo ? [row.logo] : [])))]
  // The logos through Payload, with the visitor's access: it makes their addresses and sizes.
  const logos = logoIds.length
    ? (await payload.find({ collection: 'media', where: { id: { in: logoIds } }, pagination: false, depth: 0, ...publicRead(locale) })).docs
    : []
  const byId = new Map(logos.map((logo) => [logo.id, logo]))
  return sortSpaces(rows.map((row) => toSpaceSummary({ ...row, logo: row.logo ? (byId.get(row.logo) ?? null) : null })))
}

/** The space with this slug, if it is described in this locale, with the events and posts that involve it. */
export async function findSpace(payload: Payload, locale: Locale, slug: string, read: ReadOptions = publicRead(locale)): Promise<SpaceView | null> {
  // A fresh object per join: Payload writes the access constraint into the one it is given.
  const joined = () => ({ limit: 100, sort: '-start' })
  const space = await findBySlug(payload, 'spaces', slug, read, {
    joins: { hostedEvents: joined(), partnerEvents: joined(), posts: { limit: 12, sort: '-publishedAt' } },
    populate: {
      events: eventSummaryFields,
      posts: { title: true, slug: true, excerpt: true, publishedAt: true },
    },
  })
  return space && hasPage(space, locale) ? toSpaceView(space, locale, await findLocaleSlugs(payload, 'spaces', space.id)) : null
}
