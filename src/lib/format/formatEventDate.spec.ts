import { describe, expect, it } from 'vitest'
import { type EventTiming, eventFormatter, formatEventDate } from './formatEventDate'

// Intl puts thin and narrow no-break spaces around range dashes; compare with plain spaces.
const format = (locale: 'it' | 'en', timing: EventTiming, style: 'short' | 'long' = 'short') =>
  formatEventDate(eventFormatter(locale), timing, style).replace(/\s/gu, ' ')

const collaboratorio = { start: '2014-10-05T09:00:00.000Z', end: '2014-10-05T11:00:00.000Z', allDay: false }

describe('formatEventDate', () => {
  it('shows Rome time in each locale, with the range collapsed', () => {
    expect(format('en', collaboratorio, 'short')).toBe('5 Oct 2014, 11:00–13:00')
    expect(format('it', collaboratorio, 'short')).toBe('5 ott 2014, 11:00–13:00')
  })

  it('spells out the weekday and month in the long style', () => {
    expect(format('en', collaboratorio, 'long')).toBe('Sunday, 5 October 2014, 11:00–13:00')
    expect(format('it', collaboratorio, 'long')).toBe('domenica 5 ottobre 2014, 11:00–13:00')
  })

  it('follows daylight saving time: 18:00 in Rome is 17:00 UTC in winter', () => {
    const winter = { start: '2030-01-15T17:00:00.000Z', end: '2030-01-15T19:00:00.000Z', allDay: false }
    expect(format('en', winter, 'short')).toBe('15 Jan 2030, 18:00–20:00')
  })

  it('leaves the time out of an all-day event', () => {
    const fair = { start: '2014-10-04T22:00:00.000Z', end: '2014-10-06T22:00:00.000Z', allDay: true }
    expect(format('en', fair, 'short')).toBe('5 – 7 Oct 2014')
    expect(format('it', { ...fair, end: undefined }, 'long')).toBe('domenica 5 ottobre 2014')
  })

  it('shows the start alone when there is no end, or an end that is not after it', () => {
    expect(format('en', { ...collaboratorio, end: undefined }, 'short')).toBe('5 Oct 2014, 11:00')
    expect(format('en', { ...collaboratorio, end: collaboratorio.start }, 'short')).toBe('5 Oct 2014, 11:00')
  })

  it('spans two days with both dates and times', () => {
    const twoDays = { start: '2014-10-05T09:00:00.000Z', end: '2014-10-06T11:00:00.000Z', allDay: false }
    expect(format('en', twoDays, 'short')).toBe('5 Oct 2014, 11:00 – 6 Oct 2014, 13:00')
  })
})
