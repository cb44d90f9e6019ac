import { revalidateTag } from 'next/cache'
import { z } from 'zod'
import { REVALIDATE_SECRET_HEADER } from '@/collections/shared/expireOverHttp'
import { isDerivedSecret } from '@/config/derivedSecret'
import { cacheSources, cacheTag } from '@/lib/cms/read/cacheTags'

const knownTags = cacheSources.map(cacheTag) as [string, ...string[]]
const body = z.object({ tags: z.array(z.enum(knownTags)).min(1) })

/** Expires cache tags for the collection hooks that run outside a request (scheduled publishing). */
export async function POST(request: Request) {
  if (!isDerivedSecret('revalidate', request.headers.get(REVALIDATE_SECRET_HEADER))) {
    return Response.json({ error: 'Forbidden' }, { status: 403 })
  }
  const parsed = body.safeParse(await request.json().catch(() => null))
  if (!parsed.success) return Response.json({ error: 'Expected { tags: [known cache tags] }' }, { status: 400 })
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 })
  return Response.json({ revalidated: parsed.data.tags })
}
