type LexicalNode = { type?: string; text?: string; children?: LexicalNode[] }

function lexicalHasContent(node: LexicalNode): boolean {
  if (typeof node.text === 'string') return node.text.trim() !== ''
  if (node.type && !['root', 'paragraph', 'linebreak', 'text'].includes(node.type) && !node.children) {
    return true // an image, an embed, a horizontal rule: content without text
  }
  return (node.children ?? []).some(lexicalHasContent)
}

/** Whether a localized value counts as "not written": empty text, empty list, empty rich text. */
export function isBlank(value: unknown): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.length === 0
  if (typeof value === 'object' && 'root' in value) {
    return !lexicalHasContent((value as { root: LexicalNode }).root)
  }
  if (typeof value === 'object') return Object.values(value).every(isBlank)
  return false
}
