import 'server-only'
import { z } from 'zod'
import { preferredLocale } from './preferredLocale'
import { shortLinkTarget } from './shortLinkTarget'

const idSchema = z.string().regex(/^\d{1,9}$/).transform(Number)

/** A temporary redirect (the slug may change again) that depends on the visitor's language. */
export async function shortLinkResponse(request: Request, collection: 'events' | 'posts', rawId: string): Promise<Response> {
  const id = idSchema.safeParse(rawId)
  const target = id.success ? await shortLinkTarget(collection, id.data, preferredLocale(request)) : null
  if (!target) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } })
  return new Response(null, { status: 307, headers: { Location: target, Vary: 'Cookie, Accept-Language', 'Cache-Control': 'private, no-cache' } })
}
