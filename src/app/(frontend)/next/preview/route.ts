import { draftMode, headers } from 'next/headers'
import { redirect } from 'next/navigation'
import { z } from 'zod'
import { isStaffUser } from '@/access/roles'
import { previewCollections } from '@/collections/shared/preview'
import { isDerivedSecret } from '@/config/derivedSecret'
import { locales } from '@/i18n/locales'
import { getPayloadClient } from '@/lib/cms/read/client'
import { previewTarget } from '@/lib/cms/read/previewTarget'

const query = z.object({
  collection: z.enum(previewCollections),
  id: z.string().regex(/^\d{1,12}$/),
  locale: z.enum(locales),
  secret: z.string().max(200),
})

/** Turns on draft mode for a logged-in staff member holding the preview secret, and opens the page. */
export async function GET(request: Request) {
  const parsed = query.safeParse(Object.fromEntries(new URL(request.url).searchParams))
  if (!parsed.success) return Response.json({ error: 'Expected collection, id, locale and secret' }, { status: 400 })
  const { collection, id, locale, secret } = parsed.data
  if (!isDerivedSecret('preview', secret)) return Response.json({ error: 'Invalid preview secret' }, { status: 403 })
  const payload = await getPayloadClient()
  const { user } = await payload.auth({ headers: await headers() })
  if (!isStaffUser(user) || !user) return Response.json({ error: 'Log in to the admin to preview' }, { status: 401 })
  const target = await previewTarget(user, collection, id, locale)
  if (!target) return Response.json({ error: 'This document has no page in this language yet' }, { status: 404 })
  ;(await draftMode()).enable()
  redirect(target)
}
