import { documentHref, type Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

const sectionOf: Record<string, Section> = { posts: 'blog', events: 'events', spaces: 'spaces', projects: 'projects' }

type InternalDoc = { relationTo?: string; value?: unknown }

/**
 * The current locale's address of a document an editor linked to. The relationship was populated
 * in the page's locale with visitor access, so an untranslated or unpublished target has no slug.
 */
export function internalHref(doc: InternalDoc | undefined, locale: Locale): string | undefined {
  const section = doc?.relationTo ? sectionOf[doc.relationTo] : undefined
  const value = doc?.value
  if (!section || typeof value !== 'object' || value === null || !('slug' in value)) return undefined
  const slug = (value as { slug?: unknown }).slug
  return typeof slug === 'string' && slug ? getPathname({ locale, href: documentHref(section, slug) }) : undefined
}
