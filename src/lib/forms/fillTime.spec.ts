import { describe, expect, it } from 'vitest'
import { filledSlowly, fillTimeToken, MIN_FILL_MS } from './fillTime'

describe('minimum fill time', () => {
  const shown = Date.UTC(2026, 10, 26, 10)

  it('passes a form sent after the minimum, refuses one sent at once or stamped in the future', () => {
    const token = fillTimeToken(shown)
    expect(filledSlowly(token, shown + MIN_FILL_MS)).toBe(true)
    expect(filledSlowly(token, shown + 500)).toBe(false)
    expect(filledSlowly(token, shown - MIN_FILL_MS * 2)).toBe(false)
  })

  it('refuses a missing or forged stamp', () => {
    const [, signature] = fillTimeToken(shown).split('.')
    expect(filledSlowly(undefined, shown + 60_000)).toBe(false)
    expect(filledSlowly(`${(shown - 60_000).toString(36)}.${signature}`, shown + 60_000)).toBe(false)
    expect(filledSlowly(`${fillTimeToken(shown)}.x`, shown + 60_000)).toBe(false)
  })
})
