import { type Locale, locales } from '@/i18n/locales'

/** qTranslate-XT's QTX_LANG_CODE_FORMAT. */
const LANG = '[a-z]{2,3}'
/** qtranxf_get_language_blocks: the three tag syntaxes, case-insensitive, captured as tokens. */
const BLOCK_SPLIT = new RegExp(`(<!--:${LANG}-->|<!--:-->|\\[:${LANG}\\]|\\[:\\]|\\{:${LANG}\\}|\\{:\\})`, 'i')
const OPEN_TAG = new RegExp(`^(?:<!--:(${LANG})-->|\\[:(${LANG})\\]|\\{:(${LANG})\\})$`, 'i')
const CLOSE_TAG = /^(?:\[:\]|\{:\}|<!--:-->)$/

export type Split = {
  /** The text of each of our locales, trimmed, as qTranslate would show it (no fallback). */
  text: Record<Locale, string>
  /** Locales that had a block of their own (qTranslate's `$found`). */
  found: Set<Locale>
  /** Language codes the text has blocks for that we do not serve: reported, never imported. */
  unknown: string[]
}

/** Whether the text carries qTranslate language tags at all (qtranxf_isMultilingual). */
export function isMultilingual(text: string): boolean {
  return new RegExp(`<!--:${LANG}-->|\\[:${LANG}\\]|\\{:${LANG}\\}`, 'i').test(text)
}

/**
 * qtranxf_split(): splits a multilingual string the way qTranslate-XT's language_blocks.php does.
 * A tag opens a language for the next text token only; text outside any block (before the first tag,
 * after a closing tag) goes to every language; an unterminated last block belongs to the language
 * that opened it; results are trimmed. One difference: qTranslate keys results by the code as written
 * (`[:IT]` lands under "IT", which no enabled language reads); we fold codes to lower case, so tags
 * written in any case reach their language.
 */
export function splitLanguages(input: string): Split {
  const text = Object.fromEntries(locales.map((locale) => [locale, ''])) as Record<Locale, string>
  const found = new Set<Locale>()
  const unknown = new Set<string>()
  let current: string | false = false
  // String.split with a capturing group keeps the tags; empty tokens are dropped (PREG_SPLIT_NO_EMPTY).
  for (const block of input.split(BLOCK_SPLIT).filter((token) => token !== '')) {
    const open = OPEN_TAG.exec(block)
    if (open) {
      current = (open[1] ?? open[2] ?? open[3]).toLowerCase()
      continue
    }
    if (CLOSE_TAG.test(block)) {
      current = false
      continue
    }
    if (current) {
      if (isOurLocale(current)) {
        text[current] += block
        found.add(current)
      } else {
        unknown.add(current)
      }
      current = false
    } else {
      for (const locale of locales) text[locale] += block
    }
  }
  for (const locale of locales) text[locale] = text[locale].trim()
  return { text, found, unknown: [...unknown] }
}

function isOurLocale(code: string): code is Locale {
  return (locales as readonly string[]).includes(code)
}

/**
 * The English of a split, if it is a translation of its own: a block that is missing (text outside
 * blocks is shared, not a translation), empty or identical to the Italian is not one.
 */
export function translatedEnglish(split: Split): string | undefined {
  const { it, en } = split.text
  if (!split.found.has('en') || en === '' || normalizeForComparison(en) === normalizeForComparison(it)) return undefined
  return en
}

const normalizeForComparison = (value: string) => value.replace(/\s+/g, ' ').trim()
