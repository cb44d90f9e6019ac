import { type PostgresAdapter, sql } from '@payloadcms/db-postgres'
import ICAL from 'ical.js'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'
import { eventPageUrl, uidHost } from '@/lib/calendar/calendarAddresses'
import { toCalendarEntry } from '@/lib/calendar/calendarEntry'
import { calendarWindow, calendarWindowStart } from '@/lib/calendar/calendarWindow'
import { icsCalendar } from '@/lib/calendar/icsCalendar'
import { findCalendarEvents, findEventById } from '@/lib/cms/events/calendarQueries'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

let payload: Payload
let host: number
let partner: number

const rome = { start_tz: 'Europe/Rome', end_tz: 'Europe/Rome' } as const
beforeAll(async () => {
  payload = await testPayload()
  const space = (name: string) =>
    payload.create({ collection: 'spaces', locale: 'it', data: { name, slug: '', kind: 'partner', city: 'Fano', country: 'IT', description: richText(['Uno spazio.']) } })
  host = (await space('Casa Ospite Calendario')).id
  partner = (await space('Spazio Partner Calendario')).id
})

/** The .ics of one event as the site builds it (its page address and UID host included), parsed back by ical.js. */
async function parsedIcs(locale: Locale, id: number) {
  const event = await findEventById(payload, locale, id)
  if (!event) throw new Error(`event ${id} not published in ${locale}`)
  const ics = icsCalendar({
    name: event.title,
    uidHost: uidHost(),
    organizerEmail: 'info@coworking.example',
    language: locale,
    entries: [toCalendarEntry(event, eventPageUrl(locale, event.slug))],
  })
  const calendar = new ICAL.Component(ICAL.parse(ics))
  const zone = calendar.getFirstSubcomponent('vtimezone')
  if (zone) ICAL.TimezoneService.register(zone)
  const vevent = calendar.getFirstSubcomponent('vevent')
  if (!vevent) throw new Error('no VEVENT')
  return { ics, calendar, zone, vevent, event: new ICAL.Event(vevent) }
}

async function createEvent(data: Record<string, unknown>) {
  return payload.create({
    collection: 'events',
    locale: 'it',
    data: { slug: '', status: 'scheduled', _status: 'published', host, partners: [partner], ...rome, ...data } as never,
  })
}

describe('event calendar files', () => {
  it('carry Rome times with its VTIMEZONE across the spring DST change', async () => {
    // 30 March 2030 18:00 CET (UTC+1) to 31 March 2030 19:00 CEST (UTC+2): clocks move that night.
    const created = await createEvent({
      title: 'Notte del cambio ora',
      start: '2030-03-30T17:00:00.000Z',
      end: '2030-03-31T17:00:00.000Z',
      venue: { name: 'Warehouse', address: 'Via Roma 1', city: 'Fano' },
      description: richText(['Programma:', { bullets: ['18:00 Benvenuto', '19:00 Cena'] }]),
    })
    const { zone, event, vevent } = await parsedIcs('it', created.id)
    expect(zone?.getFirstPropertyValue('tzid')).toBe('Europe/Rome')
    expect(vevent.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Europe/Rome')
    expect(event.startDate.zone?.tzid).toBe('Europe/Rome')
    expect([event.startDate.hour, event.startDate.minute]).toEqual([18, 0])
    expect([event.endDate.day, event.endDate.hour]).toEqual([31, 19])
    expect(event.startDate.toJSDate().toISOString()).toBe('2030-03-30T17:00:00.000Z')
    expect(event.endDate.toJSDate().toISOString()).toBe('2030-03-31T17:00:00.000Z')
    expect(event.summary).toBe('Notte del cambio ora')
    expect(event.location).toBe('Warehouse, Via Roma 1, Fano')
    expect(event.description).toContain('Programma:\n\n18:00 Benvenuto\n\n19:00 Cena')
    expect(vevent.getFirstPropertyValue('status')).toBe('CONFIRMED')
    expect(event.organizer).toBe('mailto:info@coworking.example')
    expect(vevent.getFirstProperty('organizer')?.getParameter('cn')).toBe('Casa Ospite Calendario')
    expect(vevent.getAllProperties('contact').map((contact) => contact.getFirstValue())).toEqual(['Spazio Partner Calendario'])
    expect(vevent.getFirstPropertyValue('dtstamp')?.toString()).toMatch(/Z$/)
  })

  it('keep the UID when the event is renamed, moved and cancelled, and say CANCELLED', async () => {
    const created = await createEvent({ title: 'Laboratorio da annullare', start: '2030-10-26T16:00:00.000Z', end: '2030-10-27T17:00:00.000Z' })
    const before = await parsedIcs('it', created.id)
    await payload.update({ collection: 'events', id: created.id, locale: 'it', data: { title: 'Laboratorio annullato', slug: 'laboratorio-annullato-nuovo', status: 'cancelled' } })
    const after = await parsedIcs('it', created.id)
    expect(before.event.uid).toBe(`event-${created.id}@localhost`)
    expect(after.event.uid).toBe(before.event.uid)
    expect(after.event.summary).toBe('Laboratorio annullato')
    expect(after.vevent.getFirstPropertyValue('status')).toBe('CANCELLED')
    // Autumn change: 18:00 CEST on the 26th, 18:00 CET on the 27th.
    expect([after.event.startDate.hour, after.event.endDate.hour]).toEqual([18, 18])
  })

  it('write all-day events as DATE values with an exclusive end', async () => {
    const created = await createEvent({ title: 'Fiera di tre giorni', allDay: true, start: '2030-10-24T22:00:00.000Z', end: '2030-10-26T22:00:00.000Z' })
    const { event } = await parsedIcs('it', created.id)
    expect(event.startDate.isDate).toBe(true)
    expect(event.startDate.toString()).toBe('2030-10-25')
    expect(event.endDate.toString()).toBe('2030-10-28')
  })

  it('are written in the language asked for', async () => {
    const created = await createEvent({ title: 'Incontro bilingue', start: '2030-07-01T16:00:00.000Z' })
    await payload.update({ collection: 'events', id: created.id, locale: 'en', data: { title: 'Bilingual meeting', summary: 'In English' } })
    const english = await parsedIcs('en', created.id)
    const italian = await parsedIcs('it', created.id)
    expect(english.event.summary).toBe('Bilingual meeting')
    expect(english.event.description).toContain('In English')
    // The test environment's NEXT_PUBLIC_SERVER_URL is the default, http://localhost:3000.
    expect(english.vevent.getFirstPropertyValue('url')).toBe('http://localhost:3000/en/events/bilingual-meeting')
    expect(english.event.description).toMatch(/\n\nhttp:\/\/localhost:3000\/en\/events\/bilingual-meeting$/)
    expect(italian.vevent.getFirstPropertyValue('url')).toBe('http://localhost:3000/it/eventi/incontro-bilingue')
    expect(english.event.uid).toBe(`event-${created.id}@localhost`)
    expect(italian.event.uid).toBe(english.event.uid)
  })
})

describe('calendar feeds', () => {
  const since = '2029-01-01T00:00:00.000Z'

  it("list a space's hosted and partner events, published in that locale, never drafts", async () => {
    const hosted = await createEvent({ title: 'Ospitato qui', start: '2030-05-01T16:00:00.000Z', partners: [] })
    const partnered = await payload.create({
      collection: 'events',
      locale: 'it',
      data: { title: 'Con noi come partner', slug: '', status: 'scheduled', _status: 'published', partners: [host], start: '2030-05-02T16:00:00.000Z', ...rome },
    })
    const draft = await payload.create({
      collection: 'events',
      locale: 'it',
      draft: true,
      data: { title: 'Bozza segreta', slug: '', status: 'scheduled', _status: 'draft', host, start: '2030-05-03T16:00:00.000Z', ...rome },
    })
    const italian = (await findCalendarEvents(payload, 'it', since, host)).map((event) => event.id)
    expect(italian).toEqual(expect.arrayContaining([hosted.id, partnered.id]))
    expect(italian).not.toContain(draft.id)
    expect((await findCalendarEvents(payload, 'it', since, partner)).map((event) => event.id)).not.toContain(partnered.id)
    // Written in Italian only: not in the English feed.
    expect((await findCalendarEvents(payload, 'en', since, host)).map((event) => event.id)).not.toContain(hosted.id)
  })

  it('filter their window in the query, with no cap on how many events they hold', async () => {
    const old = await createEvent({ title: 'Evento vecchio', start: '2028-06-01T16:00:00.000Z', end: '2028-06-01T18:00:00.000Z' })
    const endsInWindow = await createEvent({ title: 'Finisce dopo', start: '2028-12-30T16:00:00.000Z', end: '2029-01-02T18:00:00.000Z' })
    // More than the 500 the feeds used to take, all older than the window but the newest.
    await (payload.db as unknown as PostgresAdapter).drizzle.execute(sql`
      WITH inserted AS (
        INSERT INTO events (start, status, _status, available_in_it)
        SELECT '2029-02-01'::timestamptz + n * interval '1 hour', 'scheduled', 'published', true FROM generate_series(1, 520) AS n
        RETURNING id)
      INSERT INTO events_locales (title, slug, translation_exists, _locale, _parent_id)
      SELECT 'Evento in serie ' || id, 'evento-in-serie-' || id, true, 'it', id FROM inserted`)
    try {
      const newest = await createEvent({ title: 'Ultimo arrivato', start: '2031-01-01T16:00:00.000Z' })
      const ids = (await findCalendarEvents(payload, 'it', since)).map((event) => event.id)
      expect(ids).toContain(endsInWindow.id)
      expect(ids).toContain(newest.id)
      expect(ids).not.toContain(old.id)
    } finally {
      // Rows inserted in one statement share their created_at: left behind, they tie other suites' sorts.
      await (payload.db as unknown as PostgresAdapter).drizzle.execute(
        sql`DELETE FROM events WHERE id IN (SELECT _parent_id FROM events_locales WHERE slug LIKE 'evento-in-serie-%')`,
      )
    }
  })

  it('start their window at midnight, 90 days back', () => {
    expect(calendarWindowStart(new Date('2030-06-01T15:30:00.000Z'))).toBe('2030-03-03T00:00:00.000Z')
  })

  it('keep upcoming events and those of the last 90 days', () => {
    const now = new Date('2030-06-01T00:00:00.000Z')
    const events = [{ start: '2030-01-01T10:00:00.000Z' }, { start: '2030-04-01T10:00:00.000Z' }, { start: '2030-07-01T10:00:00.000Z' }]
    expect(calendarWindow(events, now).map((event) => event.start)).toEqual(['2030-04-01T10:00:00.000Z', '2030-07-01T10:00:00.000Z'])
  })
})
