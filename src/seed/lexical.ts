/** A paragraph, a heading or a bulleted list: enough for demo content. */
export type Block = string | { heading: string; tag?: 'h2' | 'h3' } | { bullets: string[] }

const element = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

const text = (value: string) => ({ type: 'text', text: value, format: 0, detail: 0, mode: 'normal', style: '', version: 1 })

function node(block: Block) {
  if (typeof block === 'string') {
    return { type: 'paragraph', ...element, textFormat: 0, textStyle: '', children: [text(block)] }
  }
  if ('heading' in block) {
    return { type: 'heading', tag: block.tag ?? 'h2', ...element, children: [text(block.heading)] }
  }
  return {
    type: 'list',
    listType: 'bullet',
    tag: 'ul',
    start: 1,
    ...element,
    children: block.bullets.map((item, index) => ({ type: 'listitem', value: index + 1, ...element, children: [text(item)] })),
  }
}

/** Turns blocks into the Lexical JSON a Payload rich text field stores. */
export function richText(blocks: Block[]) {
  return { root: { type: 'root', ...element, children: blocks.map(node) } }
}
