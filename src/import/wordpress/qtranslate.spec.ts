import { describe, expect, it } from 'vitest'
import { isMultilingual, splitLanguages, translatedEnglish } from './qtranslate'

const texts = (input: string) => splitLanguages(input).text

describe('splitLanguages (qTranslate-XT language_blocks.php)', () => {
  it('reads each of the three syntaxes', () => {
    expect(texts('[:it]Ciao[:en]Hello[:]')).toEqual({ it: 'Ciao', en: 'Hello' })
    expect(texts('<!--:it-->Ciao<!--:--><!--:en-->Hello<!--:-->')).toEqual({ it: 'Ciao', en: 'Hello' })
    expect(texts('{:it}Ciao{:}{:en}Hello{:}')).toEqual({ it: 'Ciao', en: 'Hello' })
  })

  it('reads syntaxes mixed in one text and tags in any case', () => {
    expect(texts('[:IT]Ciao<!--:-->{:En}Hello[:]')).toEqual({ it: 'Ciao', en: 'Hello' })
    expect(texts('<!--:EN-->Hello<!--:-->[:it]Ciao')).toEqual({ it: 'Ciao', en: 'Hello' })
  })

  it('gives an unterminated last block to the language that opened it', () => {
    expect(texts('[:it]Ciao[:en]Hello and goodbye')).toEqual({ it: 'Ciao', en: 'Hello and goodbye' })
  })

  it('gives text outside any block to every language', () => {
    expect(texts('Warehouse: [:it]spazio[:en]space[:] a Fano')).toEqual({ it: 'Warehouse: spazio a Fano', en: 'Warehouse: space a Fano' })
  })

  it('a tag opens a language for one text token only, as in qTranslate', () => {
    // After "Ciao" the language closes: the text after the next (empty) closing belongs to everyone.
    expect(texts('[:it]Ciao[:] comune')).toEqual({ it: 'Ciao comune', en: 'comune' })
  })

  it('without tags, gives the same text to every language', () => {
    const split = splitLanguages('  Solo testo  ')
    expect(split.text).toEqual({ it: 'Solo testo', en: 'Solo testo' })
    expect(split.found.size).toBe(0)
    expect(isMultilingual('Solo testo')).toBe(false)
  })

  it('splits tags inside HTML attributes', () => {
    expect(texts('<img src="a.jpg" alt="[:it]Gatto[:en]Cat[:]" title="{:it}Micio{:}{:en}Kitty{:}">')).toEqual({
      it: '<img src="a.jpg" alt="Gatto" title="Micio">',
      en: '<img src="a.jpg" alt="Cat" title="Kitty">',
    })
  })

  it('reports languages we do not serve instead of leaking them into a locale', () => {
    const split = splitLanguages('[:it]Ciao[:de]Hallo[:fr]Salut[:en]Hello[:]')
    expect(split.text).toEqual({ it: 'Ciao', en: 'Hello' })
    expect(split.unknown).toEqual(['de', 'fr'])
  })

  it('records which languages had a block of their own', () => {
    expect([...splitLanguages('[:it]Ciao[:en][:]').found]).toEqual(['it'])
    expect([...splitLanguages('[:it]Ciao[:en]Hello[:]').found]).toEqual(['it', 'en'])
  })
})

describe('translatedEnglish', () => {
  it('is the English block when it is a translation of its own', () => {
    expect(translatedEnglish(splitLanguages('[:it]Ciao[:en]Hello[:]'))).toBe('Hello')
  })

  it('is missing when the English block is missing, empty or identical to the Italian', () => {
    expect(translatedEnglish(splitLanguages('[:it]Ciao[:]'))).toBeUndefined()
    expect(translatedEnglish(splitLanguages('[:it]Ciao[:en][:]'))).toBeUndefined()
    expect(translatedEnglish(splitLanguages('[:it]Ciao  a tutti[:en]Ciao a tutti[:]'))).toBeUndefined()
    expect(translatedEnglish(splitLanguages('Solo italiano'))).toBeUndefined()
    expect(translatedEnglish(splitLanguages('Comune [:it]solo italiano'))).toBeUndefined()
  })
})
