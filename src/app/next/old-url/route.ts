import { z } from 'zod'
import { findOldUrlTarget } from '@/lib/redirects/findOldUrlTarget'
import { parseOldUrl } from '@/lib/redirects/oldUrls'

const query = z.object({ path: z.string().startsWith('/').max(500), search: z.string().max(500).default('') })

/**
 * Asked by the proxy, only for addresses no current route answers: where an old WordPress
 * address now lives. 200 with the location, or 404.
 */
export async function GET(request: Request) {
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  const old = params.success ? parseOldUrl(params.data.path, new URLSearchParams(params.data.search)) : undefined
  const location = old ? await findOldUrlTarget(old.wordpressId ?? null, old.slug ?? null, old.locale ?? null) : null
  return location ? Response.json({ location }) : Response.json({ location: null }, { status: 404 })
}
