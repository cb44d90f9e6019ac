import { describe, expect, it } from 'vitest'
import { languageChoiceHref, languageTarget } from './languageChoice'

describe('languageTarget', () => {
  it('takes a path of the site under a locale, with its locale', () => {
    expect(languageTarget('/en/events')).toEqual({ path: '/en/events', locale: 'en' })
    expect(languageTarget('/it')).toEqual({ path: '/it', locale: 'it' })
    expect(languageTarget('/en?x=1')).toEqual({ path: '/en?x=1', locale: 'en' })
  })

  it('refuses other hosts, other locales, control characters, backslashes and huge values', () => {
    for (const to of [null, '', 'en/events', '//evil.example/en', '/\\evil.example', 'https://evil.example/en', '/fr/x', '/english', '/en\r\nSet-Cookie: x=1', '/en\u0000', `/en/${'a'.repeat(3000)}`]) {
      expect(languageTarget(to), String(to)).toBeNull()
    }
  })

  it('builds the switcher link that leads back to the target', () => {
    const href = languageChoiceHref('/en/events/a b')
    expect(languageTarget(new URL(href, 'http://x').searchParams.get('to'))).toEqual({ path: '/en/events/a b', locale: 'en' })
  })
})
