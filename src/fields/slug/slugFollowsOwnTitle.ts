import type { CollectionSlug, FieldHook } from 'payload'
import { slugify } from '@/lib/slugify'

/**
 * "Copy to locale" copies the Italian slug into English along with the title. When a locale's
 * slug is another locale's slug of the same document while its own title says otherwise, the
 * slug follows this locale's title (the old one is remembered, so a published address redirects).
 * Only drafts (the copy is one): publishing keeps the slug as given, so the same slug in two
 * languages can still be chosen on purpose.
 */
export function slugFollowsOwnTitle(useAsSlug: string): FieldHook {
  return async ({ value, data, originalDoc, req, collection }) => {
    if (data?._status !== 'draft') return value
    const id = originalDoc?.id
    if (typeof value !== 'string' || !value || !id || !collection || !req.locale || req.locale === 'all') return value
    const ownSlug = slugify(String(data?.[useAsSlug] ?? originalDoc?.[useAsSlug] ?? ''))
    if (!ownSlug || ownSlug === value) return value
    const doc = await req.payload.findByID({
      collection: collection.slug as CollectionSlug,
      id,
      locale: 'all',
      draft: true,
      depth: 0,
      select: { slug: true },
      overrideAccess: true,
      // Not `req`: a nested Local API call would set the shared request's locale to "all".
    })
    const slugs = (doc as { slug?: Record<string, string | null> }).slug ?? {}
    const copied = Object.entries(slugs).some(([locale, slug]) => locale !== req.locale && slug === value)
    return copied ? ownSlug : value
  }
}
