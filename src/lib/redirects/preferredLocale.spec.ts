import { describe, expect, it } from 'vitest'
import { preferredLocale } from './preferredLocale'

const request = (headers: Record<string, string>) => new Request('http://localhost/e/1', { headers })

describe('preferredLocale', () => {
  it('takes the NEXT_LOCALE cookie first', () => {
    expect(preferredLocale(request({ cookie: 'a=1; NEXT_LOCALE=en', 'accept-language': 'it-IT' }))).toBe('en')
  })

  it('then the browser languages, by weight', () => {
    expect(preferredLocale(request({ 'accept-language': 'de-DE, en-GB;q=0.8, it;q=0.5' }))).toBe('en')
    expect(preferredLocale(request({ cookie: 'NEXT_LOCALE=fr', 'accept-language': 'it-CH' }))).toBe('it')
  })

  it('falls back to Italian, also on a malformed header', () => {
    expect(preferredLocale(request({}))).toBe('it')
    expect(preferredLocale(request({ 'accept-language': 'fr-FR' }))).toBe('it')
    expect(preferredLocale(request({ 'accept-language': '***;q=x, !!' }))).toBe('it')
  })
})
