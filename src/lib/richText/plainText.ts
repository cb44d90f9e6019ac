type LexicalNode = { type?: string; text?: unknown; children?: unknown }

function collect(node: LexicalNode, parts: string[]) {
  if (typeof node.text === 'string') parts.push(node.text)
  if (Array.isArray(node.children)) for (const child of node.children) collect(child as LexicalNode, parts)
}

/** The paragraphs of a Lexical rich-text value as plain strings (for descriptions and excerpts). */
export function richTextParagraphs(value: unknown): string[] {
  const root = (value as { root?: { children?: unknown } } | null | undefined)?.root
  if (!root || !Array.isArray(root.children)) return []
  // A list gives one string per item, so that items are not run together.
  const blocks = root.children.flatMap((block: LexicalNode) =>
    block.type === 'list' && Array.isArray(block.children) ? (block.children as LexicalNode[]) : [block],
  )
  return blocks.flatMap((block) => {
    const parts: string[] = []
    collect(block, parts)
    const text = parts.join('').replace(/\s+/g, ' ').trim()
    return text ? [text] : []
  })
}

/** Shortens text to `max` characters at a word boundary, with an ellipsis when it cut something. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const boundary = cut.lastIndexOf(' ')
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,;:.–-]+$/u, '')}…`
}
