import { describe, expect, it } from 'vitest'
import { rateLimitScale, rateLimits } from './limits'
import { clientAddress, consume, tooManyRequests } from './rateLimiter'

describe('rate limiter', () => {
  it('lets a client through its allowance, then says how long to wait; other clients are apart', async () => {
    const { points } = rateLimits.passwordReset
    for (let i = 0; i < points; i++) expect(await consume('passwordReset', '192.0.2.1')).toBeUndefined()
    const wait = await consume('passwordReset', '192.0.2.1')
    expect(wait).toBeGreaterThan(0)
    expect(wait).toBeLessThanOrEqual(rateLimits.passwordReset.duration)
    expect(await consume('passwordReset', '192.0.2.2')).toBeUndefined()
  })

  it('answers 429 with Retry-After', async () => {
    const response = tooManyRequests(42, true)
    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('42')
    expect(((await response.json()) as { errors: unknown[] }).errors).toHaveLength(1)
  })

  it('takes the address the proxy in front appended', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }))).toBe('203.0.113.9')
    expect(clientAddress(new Headers())).toBe('unknown')
  })

  it('reads RATE_LIMIT_SCALE', () => {
    expect(rateLimitScale(undefined)).toBe(1)
    expect(rateLimitScale('0')).toBe(0)
    expect(rateLimitScale('0.5')).toBe(0.5)
    expect(rateLimitScale('abc')).toBe(1)
    expect(rateLimitScale('-2')).toBe(1)
  })
})
