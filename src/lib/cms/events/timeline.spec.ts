import { describe, expect, it } from 'vitest'
import { endsAt, groupByYear, romeYear, splitEvents } from './timeline'

const now = new Date('2026-03-10T12:00:00.000Z')
const event = (id: string, start: string, more: { end?: string; allDay?: boolean } = {}) => ({ id, start, allDay: false, ...more })

describe('splitEvents', () => {
  const events = [
    event('next-month', '2026-04-02T16:00:00.000Z'),
    event('fair-2014', '2014-10-05T09:00:00.000Z', { end: '2014-10-05T11:00:00.000Z' }),
    event('tomorrow', '2026-03-11T17:00:00.000Z'),
    event('last-year', '2025-06-01T09:00:00.000Z'),
    event('new-year-2025', '2024-12-31T23:30:00.000Z'),
    event('under-way', '2026-03-10T11:00:00.000Z', { end: '2026-03-10T13:00:00.000Z' }),
    event('this-morning', '2026-03-10T08:00:00.000Z', { end: '2026-03-10T10:00:00.000Z' }),
  ]

  it('lists upcoming events soonest first, keeping the one under way', () => {
    expect(splitEvents(events, now).upcoming.map((e) => e.id)).toEqual(['under-way', 'tomorrow', 'next-month'])
  })

  it('groups past events by Rome year, most recent first', () => {
    const { past } = splitEvents(events, now)
    expect(past.map(({ year, events }) => [year, events.map((e) => e.id)])).toEqual([
      [2026, ['this-morning']],
      [2025, ['last-year', 'new-year-2025']],
      [2014, ['fair-2014']],
    ])
  })

  it('moves an event to the past once `now` passes it', () => {
    const later = new Date('2026-03-12T00:00:00.000Z')
    expect(splitEvents(events, later).upcoming.map((e) => e.id)).toEqual(['next-month'])
  })
})

describe('endsAt', () => {
  it('keeps an all-day event for the whole day', () => {
    const fair = event('fair', '2026-03-09T23:00:00.000Z', { allDay: true })
    expect(endsAt(fair)).toBeGreaterThan(now.getTime())
  })

  it('ends an all-day event at midnight in Rome after its day, whatever its time', () => {
    const afternoon = event('fair', '2026-03-09T13:00:00.000Z', { allDay: true })
    expect(new Date(endsAt(afternoon)).toISOString()).toBe('2026-03-09T23:00:00.000Z')
  })

  it('lasts Rome’s whole day when the clocks change (25 hours on 25 October 2026, 23 on 29 March)', () => {
    expect(new Date(endsAt(event('long', '2026-10-24T22:00:00.000Z', { allDay: true }))).toISOString()).toBe('2026-10-25T23:00:00.000Z')
    expect(new Date(endsAt(event('short', '2026-03-28T23:00:00.000Z', { allDay: true }))).toISOString()).toBe('2026-03-29T22:00:00.000Z')
  })

  it('ends an all-day event of several days after its last day', () => {
    const fair = event('fair', '2026-03-09T08:00:00.000Z', { allDay: true, end: '2026-03-11T17:00:00.000Z' })
    expect(new Date(endsAt(fair)).toISOString()).toBe('2026-03-11T23:00:00.000Z')
  })

  it('falls back to the start when there is no end', () => {
    expect(endsAt(event('x', '2026-03-10T08:00:00.000Z'))).toBe(Date.parse('2026-03-10T08:00:00.000Z'))
  })
})

describe('romeYear', () => {
  it('is the year on Rome’s calendar, not UTC’s', () => {
    expect(romeYear('2014-12-31T23:30:00.000Z')).toBe(2015)
    expect(romeYear('2014-10-05T09:00:00.000Z')).toBe(2014)
  })
})

describe('groupByYear', () => {
  it('keeps the order it is given, starting a group at each change of Rome year', () => {
    const past = [
      event('spring-2026', '2026-04-01T09:00:00.000Z'),
      event('new-year-2026-in-rome', '2025-12-31T23:30:00.000Z'),
      event('autumn-2025', '2025-10-01T09:00:00.000Z'),
      event('summer-2021', '2021-07-01T09:00:00.000Z'),
    ]
    expect(groupByYear(past).map(({ year, events }) => [year, events.map((e) => e.id)])).toEqual([
      [2026, ['spring-2026', 'new-year-2026-in-rome']],
      [2025, ['autumn-2025']],
      [2021, ['summer-2021']],
    ])
  })

  it('gives no group for no event', () => {
    expect(groupByYear([])).toEqual([])
  })
})
