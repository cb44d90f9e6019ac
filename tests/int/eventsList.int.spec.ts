import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'
import { findEventsPage, findUpcomingEvents } from '@/lib/cms/events/queries'
import { splitEvents } from '@/lib/cms/events/timeline'
import { toEventSummary, eventSummaryFields } from '@/lib/cms/events/views'
import { publicRead } from '@/lib/cms/read/publicRead'
import { testPayload } from './setup/payload'

let payload: Payload
let beforeAny: Awaited<ReturnType<typeof findEventsPage>>

const now = new Date('2031-03-10T12:00:00.000Z')
const minutes = (n: number) => new Date(now.getTime() + n * 60_000).toISOString()
// Midnight of 10 March 2031 in Rome (CET, UTC+1).
const romeMidnight = '2031-03-09T23:00:00.000Z'

type Draft = { it: string; en?: string; start: string; end?: string; allDay?: boolean; draft?: boolean }

const events: Record<string, Draft> = {
  endedAMinuteAgo: { it: 'Finito un minuto fa', en: 'Ended a minute ago', start: minutes(-120), end: minutes(-1) },
  endsNow: { it: 'Finisce adesso', en: 'Ends now', start: minutes(-60), end: minutes(0) },
  endsInAMinute: { it: 'Finisce tra un minuto', en: 'Ends in a minute', start: minutes(-50), end: minutes(1) },
  allDayToday: { it: 'Tutto il giorno oggi', en: 'All day today', start: romeMidnight, allDay: true },
  allDayYesterday: { it: 'Tutto il giorno ieri', en: 'All day yesterday', start: '2031-03-08T23:00:00.000Z', allDay: true },
  startedNoEnd: { it: 'Iniziato, senza fine', en: 'Started, no end', start: minutes(-1) },
  laterNoEnd: { it: 'Più tardi, senza fine', en: 'Later, no end', start: minutes(60) },
  longAgo: { it: 'Tanto tempo fa', en: 'Long ago', start: '2019-12-31T23:30:00.000Z' },
  italianOnlyPast: { it: 'Solo in italiano, passato', start: '2030-06-01T09:00:00.000Z' },
  italianOnlyNext: { it: 'Solo in italiano, prossimo', start: minutes(24 * 60) },
  draftNext: { it: 'Bozza', en: 'Draft', start: minutes(30), draft: true },
  draftPast: { it: 'Bozza passata', en: 'Past draft', start: minutes(-30), draft: true },
}

async function createEvent({ it: title, en, start, end, allDay = false, draft = false }: Draft) {
  const times = { start, end, start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', allDay } as const
  const event = await payload.create({
    collection: 'events',
    locale: 'it',
    draft,
    data: { title, slug: '', ...times, status: 'scheduled', _status: draft ? 'draft' : 'published' },
  })
  if (en) await payload.update({ collection: 'events', id: event.id, locale: 'en', draft, data: { title: en, _status: draft ? 'draft' : 'published' } })
}

const titles = (list: { title: string }[]) => list.map((event) => event.title)
const pastTitles = (page: { past: { events: { title: string }[] }[] }) => page.past.flatMap((group) => titles(group.events))

beforeAll(async () => {
  payload = await testPayload()
  // The list reads every event of the database: the other files' events would shift its pages.
  await payload.delete({ collection: 'events', where: { id: { exists: true } }, overrideAccess: true })
  beforeAny = await findEventsPage(payload, 'it', now, 1)
  for (const event of Object.values(events)) await createEvent(event)
})

describe('the events list', () => {
  it('counts no event at all before there is one (the list says it is empty, not that none is upcoming)', () => {
    expect(beforeAny).toEqual({ upcoming: [], past: [], pastPages: 0, pastTotal: 0, total: 0 })
  })

  it('splits upcoming from past at the minute: an event ended a minute ago is past, one without an end is over at its start', async () => {
    const { upcoming, past } = await findEventsPage(payload, 'en', now, 1)
    expect(titles(upcoming)).toEqual(['All day today', 'Ends in a minute', 'Later, no end'])
    expect(past.map((group) => [group.year, titles(group.events)])).toEqual([
      [2031, ['Started, no end', 'Ends now', 'Ended a minute ago', 'All day yesterday']],
      [2020, ['Long ago']],
    ])
  })

  it('keeps an all-day event for its whole day in Rome, and moves it to the past at midnight', async () => {
    const lateEvening = await findEventsPage(payload, 'en', new Date('2031-03-10T22:59:00.000Z'), 1)
    expect(titles(lateEvening.upcoming)).toContain('All day today')
    const midnight = await findEventsPage(payload, 'en', new Date('2031-03-10T23:00:00.000Z'), 1)
    expect(titles(midnight.upcoming)).not.toContain('All day today')
    expect(pastTitles(midnight)).toContain('All day today')
  })

  it('leaves out drafts, and events not translated into the locale', async () => {
    const italian = await findEventsPage(payload, 'it', now, 1)
    expect(titles(italian.upcoming)).toEqual(['Tutto il giorno oggi', 'Finisce tra un minuto', 'Più tardi, senza fine', 'Solo in italiano, prossimo'])
    expect(pastTitles(italian)).toContain('Solo in italiano, passato')
    expect(italian).toMatchObject({ pastTotal: 6, total: 10 })
    const english = await findEventsPage(payload, 'en', now, 1)
    expect([...titles(english.upcoming), ...pastTitles(english)].join()).not.toMatch(/Draft|italiano/)
    expect(english).toMatchObject({ pastTotal: 5, total: 8 })
  })

  it('pages the past events, most recent first, with their total', async () => {
    const second = await findEventsPage(payload, 'it', now, 2, 2)
    expect(second.upcoming).toEqual([])
    expect(pastTitles(second)).toEqual(['Finito un minuto fa', 'Tutto il giorno ieri'])
    expect(second).toMatchObject({ pastPages: 3, pastTotal: 6, total: 10 })
    const last = await findEventsPage(payload, 'it', now, 3, 2)
    expect(last.past).toEqual([
      { year: 2030, events: [expect.objectContaining({ title: 'Solo in italiano, passato' })] },
      { year: 2020, events: [expect.objectContaining({ title: 'Tanto tempo fa' })] },
    ])
  })

  it('has nothing past the last page (the page answers 404), and knows events exist when none is upcoming', async () => {
    const beyond = await findEventsPage(payload, 'it', now, 4, 2)
    expect(beyond).toMatchObject({ upcoming: [], past: [], pastPages: 3 })
    const later = await findEventsPage(payload, 'it', new Date('2040-01-01T00:00:00.000Z'), 1)
    expect(later).toMatchObject({ upcoming: [], pastTotal: 10, total: 10 })
  })

  it('cuts where `endsAt` cuts, in both locales, around each boundary', async () => {
    for (const locale of ['it', 'en'] as Locale[]) {
      const { docs } = await payload.find({ collection: 'events', pagination: false, depth: 0, select: eventSummaryFields, ...publicRead(locale) })
      const all = docs.map(toEventSummary)
      for (const at of [minutes(-1), minutes(0), minutes(1), '2031-03-10T23:00:00.000Z', minutes(61)]) {
        const expected = splitEvents(all, new Date(at))
        const page = await findEventsPage(payload, locale, new Date(at), 1, 100)
        expect(titles(page.upcoming), `${locale} at ${at}`).toEqual(titles(expected.upcoming))
        expect(pastTitles(page), `${locale} at ${at}`).toEqual(expected.past.flatMap((group) => titles(group.events)))
      }
    }
  })

  it('gives the home page the next few upcoming events', async () => {
    expect(titles(await findUpcomingEvents(payload, 'en', now, 2))).toEqual(['All day today', 'Ends in a minute'])
  })

  // Runs last: its events would shift the pages and totals above.
  it('ends an all-day event at midnight in Rome whatever its time, on days of 25 hours too', async () => {
    // Rome moves its clocks back on 26 October 2031: that day lasts 25 hours.
    await createEvent({ it: 'Fiera dal pomeriggio', en: 'Fair from the afternoon', start: '2031-03-09T13:00:00.000Z', allDay: true })
    await createEvent({ it: 'Giorno lungo', en: 'Long day', start: '2031-10-25T22:00:00.000Z', allDay: true })
    const nextMorning = await findEventsPage(payload, 'en', now, 1, 100)
    expect(titles(nextMorning.upcoming)).not.toContain('Fair from the afternoon')
    expect(pastTitles(nextMorning)).toContain('Fair from the afternoon')
    const lateOnTheLongDay = await findEventsPage(payload, 'en', new Date('2031-10-26T22:30:00.000Z'), 1, 100)
    expect(titles(lateOnTheLongDay.upcoming)).toEqual(['Long day'])
    const midnightAfterIt = await findEventsPage(payload, 'en', new Date('2031-10-26T23:00:00.000Z'), 1, 100)
    expect(titles(midnightAfterIt.upcoming)).toEqual([])
    const { docs } = await payload.find({ collection: 'events', pagination: false, depth: 0, select: eventSummaryFields, ...publicRead('en') })
    for (const at of ['2031-03-10T12:00:00.000Z', '2031-10-26T22:30:00.000Z', '2031-10-26T23:00:00.000Z']) {
      const expected = splitEvents(docs.map(toEventSummary), new Date(at))
      expect(titles((await findEventsPage(payload, 'en', new Date(at), 1, 100)).upcoming), at).toEqual(titles(expected.upcoming))
    }
  })
})
