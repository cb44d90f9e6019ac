import 'server-only'
import type { Locale } from '@/i18n/locales'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewable } from '@/lib/cms/read/previewable'
import { findSpace, findSpaces } from './queries'

export type { RegionGroup, SharedEvent, SpaceSummary, SpaceView } from './views'
export { groupByRegion } from './views'

/** The spaces described in this locale: the home space first, then partners by country, region and name. */
export const listSpaces = cached('spaces-list', ['spaces', 'media'], async (locale: Locale) => findSpaces(await getPayloadClient(), locale))

/** The space with this slug, if it is described in this locale, with the events and posts that involve it. */
export const getSpace = previewable('space', ['spaces', 'events', 'posts', 'media'], async (read, locale: Locale, slug: string) =>
  findSpace(await getPayloadClient(), locale, slug, read),
)
