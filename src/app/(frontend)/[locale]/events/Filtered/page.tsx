import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { sectionListGenerateMetadata } from '../../sectionList'
import { EventsList, type EventsQuery } from '../eventsList'

// A page of past events or a notice: rendered per request, from the cached data layer. Reached by a
// rewrite of /{locale}/{events}?… (src/config/listRewrites.ts); the capital keeps it apart from
// event slugs, which are lower case.
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionListGenerateMetadata('events')

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<EventsQuery> }

export default async function FilteredEventsPage({ params, searchParams }: Props) {
  return <EventsList locale={(await localeParams(params)).locale} query={await searchParams} />
}
