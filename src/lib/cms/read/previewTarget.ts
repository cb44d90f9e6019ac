import 'server-only'
import type { TypedUser } from 'payload'
import type { PreviewCollection } from '@/collections/shared/preview'
import { documentHref, type Section } from '@/i18n/hrefs'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { getPayloadClient } from './client'
import { draftRead } from './publicRead'

const sections: Record<PreviewCollection, Section> = { posts: 'blog', events: 'events', spaces: 'spaces', projects: 'projects' }

/** The public path of a document's latest draft in `locale`, read with the editor's access; null when it has no slug there. */
export async function previewTarget(user: TypedUser, collection: PreviewCollection, id: string, locale: Locale): Promise<string | null> {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({ collection, id, depth: 0, select: { slug: true }, disableErrors: true, ...draftRead(locale, user) })
  const slug = doc?.slug
  return typeof slug === 'string' && slug ? getPathname({ href: documentHref(sections[collection], slug), locale }) : null
}
