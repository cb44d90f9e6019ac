import { documentHref, documentTargets, type Href, type LocaleTargets, type Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'

/**
 * The content types with a page of their own: each Payload collection and the section of the site
 * its documents live under (the section's path in each locale is in the routing table). Search,
 * sitemap, previews, short links, internal links and the SEO plugin all read this one table;
 * the data layer adds each type's loader in `lib/cms/contentTypes.ts`.
 */
export const contentTypes = {
  posts: { section: 'blog' },
  events: { section: 'events' },
  spaces: { section: 'spaces' },
  projects: { section: 'projects' },
  pages: { section: 'pages' },
} as const satisfies Record<string, { section: Section }>

export type ContentCollection = keyof typeof contentTypes

export const contentCollections = Object.keys(contentTypes) as [ContentCollection, ...ContentCollection[]]

export const isContentCollection = (value: unknown): value is ContentCollection =>
  typeof value === 'string' && Object.hasOwn(contentTypes, value)

export const sectionOf = (collection: ContentCollection): Section => contentTypes[collection].section

/** The internal pathname of one document, e.g. `/events/[slug]` with its slug. */
export const contentHref = (collection: ContentCollection, slug: string): Href => documentHref(sectionOf(collection), slug)

/** Where the language switcher leads from a document with these slugs (see `documentTargets`). */
export const contentTargets = (collection: ContentCollection, slugs: Partial<Record<Locale, string>>): LocaleTargets =>
  documentTargets(sectionOf(collection), slugs)
