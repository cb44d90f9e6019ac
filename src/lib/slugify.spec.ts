import { describe, expect, it } from 'vitest'
import { slugify } from './slugify'

describe('slugify', () => {
  it('folds Italian accents', () => {
    expect(slugify('Più città')).toBe('piu-citta')
    expect(slugify('Perché è così?')).toBe('perche-e-cosi')
  })

  it('drops punctuation, hashtags and typographic apostrophes', () => {
    expect(slugify('#collaboratorio: dall’affitto alle idee!')).toBe('collaboratorio-dall-affitto-alle-idee')
  })

  it('folds letters that have no combining form', () => {
    expect(slugify('Straße Łódź Ærø')).toBe('strasse-lodz-aero')
  })

  it('keeps digits and collapses separators', () => {
    expect(slugify('  Horizon   2020 -- DIESMN  ')).toBe('horizon-2020-diesmn')
  })

  it('returns an empty string when nothing is left', () => {
    expect(slugify('¿¡!?')).toBe('')
  })

  it('limits the length without a trailing dash', () => {
    const slug = slugify('parola '.repeat(40))
    expect(slug.length).toBeLessThanOrEqual(96)
    expect(slug.endsWith('-')).toBe(false)
  })
})
