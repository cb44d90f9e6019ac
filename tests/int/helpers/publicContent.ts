import type { Payload } from 'payload'
import { navigationSlug } from '@/globals/Navigation'
import { siteSettingsSlug } from '@/globals/SiteSettings'

const collections = ['posts', 'events', 'spaces', 'projects', 'categories', 'tags'] as const

/**
 * What an anonymous visitor can read, in both languages, through the Local API with the public
 * access rules: enough to tell whether two databases serve the same site.
 */
export async function publicContent(payload: Payload) {
  const content: Record<string, unknown> = {}
  for (const locale of ['it', 'en'] as const) {
    for (const collection of collections) {
      const { docs } = await payload.find({ collection, locale, fallbackLocale: false, overrideAccess: false, pagination: false, depth: 1, sort: 'id' })
      content[`${collection}.${locale}`] = docs.map(({ updatedAt: _u, ...doc }) => doc)
    }
    for (const slug of [siteSettingsSlug, navigationSlug] as const) {
      content[`${slug}.${locale}`] = await payload.findGlobal({ slug, locale, fallbackLocale: false, overrideAccess: false, depth: 0 })
    }
  }
  const media = await payload.find({ collection: 'media', locale: 'all', pagination: false, depth: 0, sort: 'id' })
  content.media = media.docs
  return content
}
