import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { eventsFeedIcs, spaceEventsJson } from '@/lib/calendar/calendarFiles'
import { calendarResponse, notFoundResponse } from '@/lib/calendar/calendarResponse'
import { getSpace } from '@/lib/cms/spaces'

const paramsSchema = z.object({
  locale: z.enum(locales),
  file: z.string().regex(/^[a-z0-9-]{1,200}\.(ics|json)$/),
})

// Partners read the JSON from their own sites' scripts.
const cors = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET, OPTIONS', 'Access-Control-Max-Age': '86400' }

/** `/{locale}/calendar/spaces/{slug}.ics` (subscription) or `.json` (CORS): the events shared with a space. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params)
  if (!parsed.success) return notFoundResponse()
  const { locale, file } = parsed.data
  const [slug, format] = file.split('.')
  const space = await getSpace(locale, slug)
  if (!space) return notFoundResponse()
  if (format === 'ics') return calendarResponse(await eventsFeedIcs(locale, space))
  return Response.json(await spaceEventsJson(locale, space), { headers: cors })
}

export function OPTIONS() {
  return new Response(null, { status: 204, headers: cors })
}
