import type { EventStatus, EventView } from '@/lib/cms/events/views'
import { richTextParagraphs } from '@/lib/richText/plainText'

/** One event as calendar files and calendar links describe it, in one language. */
export type CalendarEntry = {
  id: number
  title: string
  description: string
  start: string
  end?: string
  allDay: boolean
  status: EventStatus
  /** The event page (absolute). */
  url: string
  location?: string
  host?: string
  partners: string[]
  updatedAt?: string
  /** RFC 5545 SEQUENCE: raised each time the event moves or is cancelled after publication. */
  sequence?: number
}

function location(event: EventView): string | undefined {
  const { venue } = event
  const town = [venue?.postalCode, venue?.city].filter(Boolean).join(' ')
  const place = [venue?.name, venue?.address, town].filter(Boolean).join(', ')
  return place || event.onlineUrl || undefined
}

/** The calendar's view of an event page: summary and description as plain text, the page's URL at the end. */
export function toCalendarEntry(event: EventView, url: string): CalendarEntry {
  const text = [event.summary, ...richTextParagraphs(event.description)].filter(Boolean)
  if (event.onlineUrl) text.push(event.onlineUrl)
  text.push(url)
  return {
    id: event.id,
    title: event.title,
    description: text.join('\n\n'),
    start: event.start,
    end: event.end,
    allDay: event.allDay,
    status: event.status,
    url,
    location: location(event),
    host: event.host?.name,
    partners: event.partners.map((space) => space.name),
    updatedAt: event.updatedAt,
    sequence: event.icsSequence,
  }
}
