import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { renderPostsFeed } from '@/lib/feed/renderPostsFeed'

// Rendered on the first request for each locale, then cached until a collection hook expires the
// tags of what it read (posts, media, …), like the pages.
export function generateStaticParams() {
  return []
}

const paramsSchema = z.object({ locale: z.enum(locales) })

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const parsed = paramsSchema.safeParse(await params)
  if (!parsed.success) return new Response('Not found', { status: 404 })
  return new Response(await renderPostsFeed(parsed.data.locale), {
    headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' },
  })
}
