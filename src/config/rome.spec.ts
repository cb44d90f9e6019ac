import { describe, expect, it } from 'vitest'
import { allDayEndExclusive, romeDateAfter, romeDay, romeIso, romeOffsetMinutes, romeTimeToUtc } from './rome'

describe("Rome's clock", () => {
  it('turns a wall-clock time into UTC, summer and winter', () => {
    expect(romeTimeToUtc('2014-10-05', '11:00')).toBe('2014-10-05T09:00:00.000Z')
    expect(romeTimeToUtc('2030-01-15', '18:00')).toBe('2030-01-15T17:00:00.000Z')
  })

  it('knows the offset of each instant', () => {
    expect(romeOffsetMinutes(Date.parse('2030-07-01T12:00:00Z'))).toBe(120)
    expect(romeOffsetMinutes(Date.parse('2030-01-15T12:00:30Z'))).toBe(60)
  })

  it("writes an instant with the day's offset and names its day in Rome", () => {
    expect(romeIso('2030-07-01T16:00:00.000Z')).toBe('2030-07-01T18:00:00+02:00')
    expect(romeDay('2030-01-15T23:30:00.000Z')).toBe('2030-01-16')
  })

  it("ends an all-day event at the start of the day after its last one", () => {
    expect(allDayEndExclusive('2030-07-01T08:00:00.000Z', '2030-07-02T08:00:00.000Z').toISOString()).toBe('2030-07-03T00:00:00.000+02:00')
  })

  it('counts calendar days in Rome', () => {
    expect(romeDateAfter(new Date('2030-12-31T23:30:00Z'), 1)).toBe('2031-01-02')
  })
})
