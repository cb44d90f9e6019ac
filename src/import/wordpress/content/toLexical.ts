import { createHash } from 'node:crypto'
import { editorConfigFactory, getEnabledNodes } from '@payloadcms/richtext-lexical'
import { $getRoot, $getSelection, $setSelection, type LexicalEditor } from '@payloadcms/richtext-lexical/lexical'
import { createHeadlessEditor } from '@payloadcms/richtext-lexical/lexical/headless'
import { $generateNodesFromDOM } from '@payloadcms/richtext-lexical/lexical/html'
import { Window } from 'happy-dom'
import type { SanitizedConfig } from 'payload'

type LexicalNode = { type?: string; id?: string; value?: unknown; children?: LexicalNode[]; [key: string]: unknown }
type Converter = { editor: LexicalEditor; window: Window }

let converter: Promise<Converter> | undefined

/**
 * One headless editor with the site's default editor nodes and one happy-dom window (the DOM
 * Lexical's own headless package uses), both reused: a JSDOM parse and a new editor per
 * conversion cost twice as much and more than the rest of the import put together.
 */
async function createConverter(config: SanitizedConfig): Promise<Converter> {
  const editorConfig = await editorConfigFactory.default({ config })
  const window = new Window({
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true, disableIframePageLoading: true },
  })
  return { editor: createHeadlessEditor({ nodes: getEnabledNodes({ editorConfig }) }), window }
}

/**
 * HTML → Lexical the way Payload's convertHTMLToLexical does it, with the site's editor
 * configuration. Upload nodes get numeric ids (the HTML carries strings), and nodes a stable id,
 * so converting the same post twice gives the same JSON and a re-import changes nothing.
 */
export async function htmlToLexical(html: string, config: SanitizedConfig, seed: string) {
  converter ??= createConverter(config)
  const { editor, window } = await converter
  editor.update(
    () => {
      window.document.body.innerHTML = html
      const nodes = $generateNodesFromDOM(editor, window.document as unknown as Document)
      // A fresh selection: the last conversion's would carry its text format over.
      $setSelection(null)
      $getRoot().clear().select()
      const selection = $getSelection()
      if (selection === null) throw new Error('Selection is null')
      selection.insertNodes(nodes)
    },
    { discrete: true },
  )
  const state = editor.getEditorState().toJSON()
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
