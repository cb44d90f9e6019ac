import { describe, expect, it } from 'vitest'
import { slugsByLocale } from './slugsByLocale'

describe('slugsByLocale', () => {
  it('keeps the slug of each locale that has a translation', () => {
    const doc = { slug: { it: 'ciao', en: 'hello' }, availableIn: { it: true, en: false } }
    expect(slugsByLocale(doc)).toEqual({ it: 'ciao' })
  })

  it('uses a non-localized slug for every translated locale', () => {
    expect(slugsByLocale({ slug: 'lofoio', availableIn: { it: true, en: true } })).toEqual({ it: 'lofoio', en: 'lofoio' })
  })

  it('skips a translated locale that has no slug yet', () => {
    expect(slugsByLocale({ slug: { it: 'ciao', en: null }, availableIn: { it: true, en: true } })).toEqual({ it: 'ciao' })
  })
})
