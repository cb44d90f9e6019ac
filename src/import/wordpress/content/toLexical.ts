import { createHash } from 'node:crypto'
import { convertHTMLToLexical, editorConfigFactory } from '@payloadcms/richtext-lexical'
import { JSDOM } from 'jsdom'
import type { SanitizedConfig } from 'payload'

type EditorConfig = Awaited<ReturnType<typeof editorConfigFactory.default>>
type LexicalNode = { type?: string; id?: string; value?: unknown; children?: LexicalNode[]; [key: string]: unknown }

let editorConfig: Promise<EditorConfig> | undefined
let sharedDom: JSDOM | undefined

/**
 * What convertHTMLToLexical expects of JSDOM (`new JSDOM(html).window.document`), with one window
 * reused: building a JSDOM per conversion cost more than the rest of the import put together.
 */
class ReusedDom {
  readonly window: JSDOM['window']
  constructor(html: string) {
    sharedDom ??= new JSDOM('<!doctype html><html><body></body></html>')
    this.window = sharedDom.window
    this.window.document.body.innerHTML = html
  }
}

/**
 * Payload's own HTML → Lexical conversion, with the site's editor configuration. Upload nodes get
 * numeric ids (the HTML carries strings), and nodes a stable id, so converting the same post twice
 * gives the same JSON and a re-import changes nothing.
 */
export async function htmlToLexical(html: string, config: SanitizedConfig, seed: string) {
  editorConfig ??= editorConfigFactory.default({ config })
  const state = convertHTMLToLexical({ editorConfig: await editorConfig, html, JSDOM: ReusedDom as unknown as typeof JSDOM })
  let counter = 0
  const visit = (node: LexicalNode) => {
    if (node.type === 'upload') node.value = Number(node.value)
    // Links and uploads get a random id on every conversion: derive it from the post instead.
    if (typeof node.id === 'string') node.id = createHash('sha1').update(`${seed}:${counter++}`).digest('hex').slice(0, 24)
    node.children?.forEach(visit)
  }
  visit(state.root as unknown as LexicalNode)
  return state
}
