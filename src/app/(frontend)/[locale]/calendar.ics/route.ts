import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { eventsFeedIcs } from '@/lib/calendar/calendarFiles'
import { calendarResponse, notFoundResponse } from '@/lib/calendar/calendarResponse'

const paramsSchema = z.object({ locale: z.enum(locales) })

/** Every event published in this locale, upcoming and recent, for calendar apps to subscribe to. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const parsed = paramsSchema.safeParse(await params)
  if (!parsed.success) return notFoundResponse()
  return calendarResponse(await eventsFeedIcs(parsed.data.locale))
}
