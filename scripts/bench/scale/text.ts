/**
 * Deterministic made-up prose in both languages: common words that nearly every document
 * contains ("spazio", "event"), everyday words, and rare words that only a few documents carry,
 * so that the bench can search for both kinds.
 */
const italianWords =
  'lavoro comunità progetto idea professionisti scrivanie riunione territorio impresa giovani rete incontro formazione laboratorio creativi città servizi cultura futuro persone tempo sviluppo sociale innovazione percorso mercato digitale europa tecnologia ricerca design startup quartiere mestiere confronto'.split(' ')
const englishWords =
  'work community project idea professionals desks meeting area business young network gathering training workshop creatives city services culture future people time growth social innovation path market digital europe technology research design startup neighbourhood craft exchange'.split(' ')

/** Words found in about one document in a thousand (the bench's rare queries). */
export const rareWords = Array.from({ length: 40 }, (_, i) => `zefiro${String.fromCharCode(97 + (i % 26))}${i}`)

/** A small, seeded pseudo-random generator (mulberry32): the same site on every run. */
export function random(seed: number) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function sentence(next: () => number, words: string[], common: string): string {
  const picked = Array.from({ length: 10 + Math.floor(next() * 10) }, () => words[Math.floor(next() * words.length)])
  picked.splice(Math.floor(next() * picked.length), 0, common)
  const text = picked.join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)}.`
}

/** Paragraphs of about 60-110 words; document `n` gets a rare word once in a thousand. */
export function paragraphs(n: number, locale: 'it' | 'en', count: number): string[] {
  const next = random(n * 7 + (locale === 'it' ? 1 : 2))
  const words = locale === 'it' ? italianWords : englishWords
  const common = locale === 'it' ? (n % 2 ? 'spazi' : 'spazio') : n % 2 ? 'events' : 'event'
  const result = Array.from({ length: count }, () => Array.from({ length: 5 }, () => sentence(next, words, common)).join(' '))
  if (n % 1000 < rareWords.length) result[0] += ` ${rareWords[n % 1000]}.`
  return result
}

export function title(n: number, locale: 'it' | 'en'): string {
  const next = random(n * 13 + (locale === 'it' ? 3 : 4))
  const words = locale === 'it' ? italianWords : englishWords
  const text = Array.from({ length: 4 + Math.floor(next() * 4) }, () => words[Math.floor(next() * words.length)]).join(' ')
  return `${text[0].toUpperCase()}${text.slice(1)} ${n}`
}
