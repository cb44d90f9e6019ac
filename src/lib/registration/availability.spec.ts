import { describe, expect, it } from 'vitest'
import { noticeFor } from '@/collections/Events/registrantNotices'
import { availability, placeFor, type RegistrationSettings } from './availability'

const settings: RegistrationSettings = { enabled: true, capacity: 10, maxPeople: 4, waitlist: true }
const event = { start: '2030-01-10T18:00:00.000Z', status: 'scheduled' as const }
const now = new Date('2030-01-01T00:00:00Z')
const counts = (confirmedSeats: number) => ({ confirmedSeats, waitlisted: 0 })

describe('registration availability', () => {
  it('says how many seats are left, then the waitlist or full', () => {
    expect(availability(settings, event, counts(7), now)).toEqual({ kind: 'open', seatsLeft: 3 })
    expect(availability(settings, event, counts(10), now)).toEqual({ kind: 'waitlist' })
    expect(availability({ ...settings, waitlist: false }, event, counts(10), now)).toEqual({ kind: 'full' })
    expect(availability({ ...settings, capacity: undefined }, event, counts(500), now)).toEqual({ kind: 'open' })
  })

  it('closes at the closing time, or the start, and for a cancelled or postponed event', () => {
    expect(availability({ ...settings, closesAt: '2029-12-31T00:00:00Z' }, event, counts(0), now)).toEqual({ kind: 'closed' })
    expect(availability(settings, event, counts(0), new Date(event.start))).toEqual({ kind: 'closed' })
    expect(availability(settings, { ...event, status: 'cancelled' }, counts(0), now)).toEqual({ kind: 'cancelled' })
    expect(availability(settings, { ...event, status: 'postponed' }, counts(0), now)).toEqual({ kind: 'closed' })
  })

  it('places a group that does not fit on the waitlist, or refuses it without one', () => {
    expect(placeFor(settings, counts(8), 2)).toBe('confirmed')
    expect(placeFor(settings, counts(8), 3)).toBe('waitlisted')
    expect(placeFor({ ...settings, waitlist: false }, counts(8), 3)).toBe('full')
  })
})

describe('registrant notices', () => {
  const published = { _status: 'published', status: 'scheduled', start: '2030-01-10T18:00:00.000Z', venue: { city: 'Fano' } }
  it('tell registrants when a published event moves or is cancelled, not for other edits or drafts', () => {
    expect(noticeFor(published, { ...published, status: 'cancelled' })).toBe('eventCancelled')
    expect(noticeFor(published, { ...published, start: '2030-01-11T18:00:00.000Z' })).toBe('eventRescheduled')
    expect(noticeFor(published, { ...published, venue: { city: 'Pesaro' } })).toBe('eventRescheduled')
    expect(noticeFor(published, { ...published })).toBeUndefined()
    expect(noticeFor({ ...published, _status: 'draft' }, { ...published, status: 'cancelled' })).toBeUndefined()
  })
})
