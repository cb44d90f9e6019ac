import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { sectionListGenerateMetadata } from '../sectionList'
import { EventsList } from './eventsList'

/**
 * The events list's first page: kept in the render cache until an event changes, and rendered
 * again at most a minute later, as that is when an event that has just ended moves from upcoming
 * to past (the edge keeps pages five minutes anyway). With a page number or the language switch's
 * notice the address is rewritten to `Filtered/` (src/config/listRewrites.ts), rendered per request.
 */
export const revalidate = 60

export const generateMetadata = sectionListGenerateMetadata('events')

export default async function EventsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  return <EventsList locale={(await localeParams(params)).locale} query={{}} />
}
