import { getVtimezoneComponent } from '@touch4it/ical-timezones'
import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator'
import { allDayEndExclusive, ROME_TIME_ZONE, romeClock } from '@/config/rome'
import type { EventStatus } from '@/lib/cms/events/views'
import type { CalendarEntry } from './calendarEntry'

type CalendarInput = {
  /** The calendar's name, shown by the apps that subscribe to it. */
  name: string
  description?: string
  /** The site's host name: event UIDs are `event-<id>@<host>`, the same in every file and language. */
  uidHost: string
  /** The address ORGANIZER points at (the site's contact): RFC 5545 wants an address, not a name only. */
  organizerEmail?: string
  /** Lang tag of the texts (`it-IT`, `en-GB`). */
  language: string
  entries: CalendarEntry[]
  /** CANCEL for the file that tells registrants an event is off; PUBLISH otherwise. */
  method?: 'PUBLISH' | 'CANCEL'
}

const statuses: Record<EventStatus, ICalEventStatus> = {
  scheduled: ICalEventStatus.CONFIRMED,
  cancelled: ICalEventStatus.CANCELLED,
  postponed: ICalEventStatus.TENTATIVE,
}

export const eventUid = (id: number, uidHost: string) => `event-${id}@${uidHost}`

/**
 * An RFC 5545 calendar of events on Rome's clock, with Rome's VTIMEZONE, or all-day dates.
 * ORGANIZER names the host space; the partner spaces are CONTACTs of the event.
 */
export function icsCalendar({ name, description, uidHost, organizerEmail, language, entries, method = 'PUBLISH' }: CalendarInput): string {
  // No calendar-wide zone name: it would also turn DTSTAMP into local time, which RFC 5545 forbids.
  const calendar = ical({ name, description, method: method === 'CANCEL' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH, timezone: { name: null, generator: getVtimezoneComponent } })
  calendar.prodId({ company: uidHost, product: 'events', language: language.slice(0, 2).toUpperCase() })
  for (const entry of entries) {
    const event = calendar.createEvent({
      id: eventUid(entry.id, uidHost),
      timezone: ROME_TIME_ZONE,
      start: romeClock(entry.start),
      end: entry.allDay ? allDayEndExclusive(entry.start, entry.end) : entry.end ? romeClock(entry.end) : undefined,
      allDay: entry.allDay,
      summary: entry.title,
      description: entry.description,
      location: entry.location,
      url: entry.url,
      status: method === 'CANCEL' ? ICalEventStatus.CANCELLED : statuses[entry.status],
      sequence: entry.sequence ?? 0,
      stamp: entry.updatedAt ? new Date(entry.updatedAt) : new Date(0),
      lastModified: entry.updatedAt ? new Date(entry.updatedAt) : undefined,
      organizer: entry.host && organizerEmail ? { name: entry.host, email: organizerEmail } : undefined,
    })
    if (entry.partners.length) event.x(entry.partners.map((partner): [string, string] => ['CONTACT', partner]))
  }
  return calendar.toString()
}
