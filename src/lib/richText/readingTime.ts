type LexicalNode = { type?: string; text?: unknown; children?: unknown; fields?: unknown }

const blockTypes = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell'])

/** The words of a Lexical document, one block per line (blocks keep their words apart). */
export function lexicalText(data: unknown): string {
  const parts: string[] = []
  const walk = (node: unknown) => {
    if (typeof node !== 'object' || node === null) return
    const { type, text, children } = node as LexicalNode
    if (typeof text === 'string') parts.push(text)
    if (Array.isArray(children)) children.forEach(walk)
    if (type && blockTypes.has(type)) parts.push('\n')
  }
  walk((data as { root?: unknown } | null)?.root)
  return parts.join('').trim()
}

export const WORDS_PER_MINUTE = 200

/** Whole minutes of reading at an adult's silent pace, never less than one. */
export function readingMinutes(text: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  const words = text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word)).length
  return Math.max(1, Math.round(words / wordsPerMinute))
}
