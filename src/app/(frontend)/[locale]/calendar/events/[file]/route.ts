import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { eventIcs } from '@/lib/calendar/calendarFiles'
import { calendarResponse, notFoundResponse } from '@/lib/calendar/calendarResponse'

const paramsSchema = z.object({
  locale: z.enum(locales),
  file: z.string().regex(/^\d{1,9}\.ics$/).transform((file) => Number.parseInt(file, 10)),
})

/** `/{locale}/calendar/events/{id}.ics`: one event's calendar file, in that language. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const parsed = paramsSchema.safeParse(await params)
  if (!parsed.success) return notFoundResponse()
  const { locale, file: id } = parsed.data
  const ics = await eventIcs(locale, id)
  return ics ? calendarResponse(ics, `event-${id}.ics`) : notFoundResponse()
}
