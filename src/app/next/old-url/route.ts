import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { findOldUrlTarget } from '@/lib/redirects/findOldUrlTarget'
import { parseOldUrl } from '@/lib/redirects/oldUrls'
import { redirectLocation } from '@/lib/redirects/redirectLocation'
import { getRedirectTable } from '@/lib/redirects/staffRedirects'

const query = z.object({ path: z.string().startsWith('/').max(1024), search: z.string().max(2048).default(''), locale: z.enum(locales).default('it') })

/**
 * Asked by the proxy, only for addresses no current route answers: where the staff's redirects
 * (from the cached table) or an old WordPress address lead now. 200 with the location and the
 * status to answer with, or 404.
 */
export async function GET(request: Request) {
  const params = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!params.success) return Response.json({ location: null }, { status: 404 })
  const { path, search, locale } = params.data
  const staff = redirectLocation(await getRedirectTable(), path, locale)
  if (staff) return Response.json(staff)
  const old = parseOldUrl(path, new URLSearchParams(search))
  const location = old ? await findOldUrlTarget(old.wordpressId ?? null, old.slug ?? null, old.locale ?? null) : null
  return location ? Response.json({ location, status: 301, byLanguage: false }) : Response.json({ location: null }, { status: 404 })
}
