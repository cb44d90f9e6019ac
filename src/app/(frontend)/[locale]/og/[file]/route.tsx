import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { notFoundResponse } from '@/lib/calendar/calendarResponse'
import { OG_SIZE, OgCard } from '@/lib/og/OgCard'
import { ogCardContent } from '@/lib/og/ogCardContent'
import { ogRenderer } from '@/lib/og/ogRenderer'

const paramsSchema = z.object({
  locale: z.enum(locales),
  file: z.string().regex(/^(event|post)-\d{1,9}\.png$/),
})

/** `/{locale}/og/event-{id}.png`, `/{locale}/og/post-{id}.png`: the preview card of a page, in its language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params)
  if (!parsed.success) return notFoundResponse()
  const [kind, id] = parsed.data.file.replace('.png', '').split('-') as ['event' | 'post', string]
  const content = await ogCardContent(parsed.data.locale, kind, Number(id))
  if (!content) return notFoundResponse()
  const png = await ogRenderer.render(<OgCard {...content} />, OG_SIZE)
  return new Response(png, { headers: { 'Content-Type': 'image/png', 'Cache-Control': 'public, max-age=3600' } })
}
