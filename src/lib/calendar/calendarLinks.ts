import { allDayEndExclusive, ROME_TIME_ZONE, romeDay } from '@/config/rome'
import type { CalendarEntry } from './calendarEntry'

const DEFAULT_HOURS = 1

const endOf = (entry: CalendarEntry) =>
  entry.end && Date.parse(entry.end) > Date.parse(entry.start) ? entry.end : new Date(Date.parse(entry.start) + DEFAULT_HOURS * 3_600_000).toISOString()

const utcStamp = (iso: string) => new Date(iso).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')
const compactDay = (day: string) => day.replace(/-/g, '')
const lastDayExclusive = (entry: CalendarEntry) => allDayEndExclusive(entry.start, entry.end).toISOString().slice(0, 10)

/** Google Calendar's "create event" page filled in with the event (UTC instants, shown in Rome's zone). */
export function googleCalendarUrl(entry: CalendarEntry): string {
  const dates = entry.allDay
    ? `${compactDay(romeDay(entry.start))}/${compactDay(lastDayExclusive(entry))}`
    : `${utcStamp(entry.start)}/${utcStamp(endOf(entry))}`
  const query = new URLSearchParams({ action: 'TEMPLATE', text: entry.title, dates, details: entry.description, ctz: ROME_TIME_ZONE })
  if (entry.location) query.set('location', entry.location)
  return `https://calendar.google.com/calendar/render?${query}`
}

/** Outlook on the web's compose form filled in with the event. */
export function outlookCalendarUrl(entry: CalendarEntry): string {
  const query = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: entry.title,
    body: entry.description,
    startdt: entry.allDay ? romeDay(entry.start) : new Date(entry.start).toISOString(),
    enddt: entry.allDay ? lastDayExclusive(entry) : new Date(endOf(entry)).toISOString(),
  })
  if (entry.allDay) query.set('allday', 'true')
  if (entry.location) query.set('location', entry.location)
  return `https://outlook.live.com/calendar/0/deeplink/compose?${query}`
}
