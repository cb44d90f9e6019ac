import { describe, expect, it } from 'vitest'
import { eventFormatter } from './formatEventDate'
import { formatPeriod } from './formatPeriod'

const from = (start: string) => `From ${start}`
const period = (locale: 'it' | 'en', start?: string, end?: string) =>
  formatPeriod(eventFormatter(locale), { start, end }, from)?.replace(/\s/gu, ' ')

describe('formatPeriod', () => {
  it('words a range of months in each locale', () => {
    expect(period('en', '2014-11-01T12:00:00.000Z', '2015-06-01T12:00:00.000Z')).toBe('November 2014 – June 2015')
    expect(period('it', '2014-11-01T12:00:00.000Z', '2015-06-01T12:00:00.000Z')).toBe('novembre 2014 – giugno 2015')
  })

  it('shares the year when both months fall in it', () => {
    expect(period('it', '2015-05-01T12:00:00.000Z', '2015-10-01T12:00:00.000Z')).toBe('maggio–ottobre 2015')
  })

  it('words an open-ended period with `from`, and has nothing for an unknown one', () => {
    expect(period('en', '2015-06-01T12:00:00.000Z')).toBe('From June 2015')
    expect(period('en')).toBeUndefined()
  })

  it('shows one month when the period starts and ends in it', () => {
    expect(period('en', '2015-06-01T12:00:00.000Z', '2015-06-01T12:00:00.000Z')).toBe('June 2015')
  })
})
