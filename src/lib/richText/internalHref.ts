import { contentHref, isContentCollection } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'

type InternalDoc = { relationTo?: string; value?: unknown }

/**
 * The current locale's address of a document an editor linked to. The relationship was populated
 * in the page's locale with visitor access, so an untranslated or unpublished target has no slug.
 */
export function internalHref(doc: InternalDoc | undefined, locale: Locale): string | undefined {
  const collection = doc?.relationTo
  const value = doc?.value
  if (!isContentCollection(collection) || typeof value !== 'object' || value === null || !('slug' in value)) return undefined
  const slug = (value as { slug?: unknown }).slug
  return typeof slug === 'string' && slug ? getPathname({ locale, href: contentHref(collection, slug) }) : undefined
}
