import 'server-only'
import type { TypedUser } from 'payload'
import { type ContentCollection, contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/navigation'
import { getPayloadClient } from './client'
import { draftRead } from './publicRead'

/** The public path of a document's latest draft in `locale`, read with the editor's access; null when it has no slug there. */
export async function previewTarget(user: TypedUser, collection: ContentCollection, id: string, locale: Locale): Promise<string | null> {
  const payload = await getPayloadClient()
  const doc = await payload.findByID({ collection, id, depth: 0, select: { slug: true }, disableErrors: true, ...draftRead(locale, user) })
  const slug = doc?.slug
  return typeof slug === 'string' && slug ? getPathname({ href: contentHref(collection, slug), locale }) : null
}
