import { describe, expect, it } from 'vitest'
import { isBadInput, isDatabaseUnavailable } from './databaseErrors'

const coded = (code: string, message = 'x') => Object.assign(new Error(message), { code })

describe('database errors', () => {
  it('tell an outage from bad input, through wrapping errors', () => {
    expect(isDatabaseUnavailable(coded('ECONNREFUSED'))).toBe(true)
    expect(isDatabaseUnavailable(new Error('query failed', { cause: coded('57P01') }))).toBe(true)
    expect(isDatabaseUnavailable(new Error('timeout exceeded when trying to connect'))).toBe(true)
    expect(isDatabaseUnavailable(coded('22P02'))).toBe(false)
    expect(isBadInput(new Error('Failed query', { cause: coded('22P02') }))).toBe(true)
    expect(isBadInput(coded('22021'))).toBe(true)
    expect(isBadInput(coded('23505'))).toBe(false)
    expect(isBadInput(new Error('plain'))).toBe(false)
  })
})
