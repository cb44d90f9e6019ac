import { readFileSync } from 'node:fs'
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser'
import { describe, expect, it } from 'vitest'
import { locales } from '@/i18n/locales'

type Messages = { [key: string]: string | Messages }

/** Every message of a locale file, keyed by its dotted path. */
function flatten(messages: Messages, prefix = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  )
}

const load = (locale: string) => flatten(JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')))

/** The arguments a message expects ({count}, {language}…), however its plural branches are worded. */
function argumentsOf(elements: MessageFormatElement[]): string[] {
  return elements.flatMap((element) => {
    if (element.type === TYPE.literal || element.type === TYPE.pound) return []
    const nested = 'options' in element ? Object.values(element.options).flatMap((option) => argumentsOf(option.value)) : []
    return [element.value, ...nested]
  })
}

const placeholders = (text: string) => [...new Set(argumentsOf(parse(text)))].sort()

describe('messages', () => {
  const [reference, ...others] = locales
  const base = load(reference)

  for (const locale of others) {
    const translated = load(locale)

    it(`${locale}.json has exactly the keys of ${reference}.json`, () => {
      expect(Object.keys(translated).sort()).toEqual(Object.keys(base).sort())
    })

    it(`${locale}.json uses the same placeholders as ${reference}.json`, () => {
      for (const [path, text] of Object.entries(base)) {
        expect(placeholders(translated[path] ?? ''), path).toEqual(placeholders(text))
      }
    })
  }

  it('has no empty message', () => {
    for (const locale of locales) {
      for (const [path, text] of Object.entries(load(locale))) expect(text.trim(), `${locale}: ${path}`).not.toBe('')
    }
  })
})
