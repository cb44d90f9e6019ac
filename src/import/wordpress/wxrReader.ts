import { createReadStream } from 'node:fs'
import { SaxesParser } from 'saxes'

export type WxrTerm = { termId: number; slug: string; name: string; parent?: string; taxonomy: 'category' | 'post_tag' }
export type WxrAuthor = { login: string; email: string; displayName: string }
export type WxrItem = {
  postId: number
  postType: string
  status: string
  title: string
  link: string
  postName: string
  postDateGmt: string
  postDate: string
  creator: string
  content: string
  excerpt: string
  parentId: number
  attachmentUrl: string
  terms: Array<{ domain: string; nicename: string; name: string }>
  meta: Record<string, string>
  /** Where the item starts in the file, for messages. */
  line: number
}
export type WxrChannel = { siteUrl: string; authors: WxrAuthor[]; terms: WxrTerm[] }

/** A file that is not well-formed XML (or not a WordPress export), with where it went wrong. */
export class WxrSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${message} (line ${line}, column ${column})`)
  }
}

type Node = { name: string; text: string; attributes: Record<string, string>; children: Node[] }

const child = (node: Node, name: string) => node.children.find((c) => c.name === name)
const textOf = (node: Node, name: string) => child(node, name)?.text.trim() ?? ''
const rawTextOf = (node: Node, name: string) => child(node, name)?.text ?? ''
const numberOf = (node: Node, name: string) => Number(textOf(node, name)) || 0

/** WordPress stores non-ASCII post names percent-encoded. */
export function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}

function toItem(node: Node, line: number): WxrItem {
  const meta: Record<string, string> = {}
  for (const entry of node.children.filter((c) => c.name === 'wp:postmeta')) meta[textOf(entry, 'wp:meta_key')] = rawTextOf(entry, 'wp:meta_value')
  return {
    postId: numberOf(node, 'wp:post_id'),
    postType: textOf(node, 'wp:post_type') || 'post',
    status: textOf(node, 'wp:status'),
    title: rawTextOf(node, 'title'),
    link: textOf(node, 'link'),
    postName: safeDecode(textOf(node, 'wp:post_name')),
    postDateGmt: textOf(node, 'wp:post_date_gmt'),
    postDate: textOf(node, 'wp:post_date'),
    creator: textOf(node, 'dc:creator'),
    content: rawTextOf(node, 'content:encoded'),
    excerpt: rawTextOf(node, 'excerpt:encoded'),
    parentId: numberOf(node, 'wp:post_parent'),
    attachmentUrl: textOf(node, 'wp:attachment_url'),
    terms: node.children
      .filter((c) => c.name === 'category')
      .map((c) => ({ domain: c.attributes.domain ?? '', nicename: c.attributes.nicename ?? '', name: c.text.trim() })),
    meta,
    line,
  }
}

function toTerm(node: Node): WxrTerm | undefined {
  if (node.name === 'wp:category') {
    return { termId: numberOf(node, 'wp:term_id'), slug: textOf(node, 'wp:category_nicename'), name: rawTextOf(node, 'wp:cat_name').trim(), parent: textOf(node, 'wp:category_parent'), taxonomy: 'category' }
  }
  if (node.name === 'wp:tag') {
    return { termId: numberOf(node, 'wp:term_id'), slug: textOf(node, 'wp:tag_slug'), name: rawTextOf(node, 'wp:tag_name').trim(), taxonomy: 'post_tag' }
  }
  const taxonomy = textOf(node, 'wp:term_taxonomy')
  if (node.name === 'wp:term' && (taxonomy === 'category' || taxonomy === 'post_tag')) {
    return { termId: numberOf(node, 'wp:term_id'), slug: textOf(node, 'wp:term_slug'), name: rawTextOf(node, 'wp:term_name').trim(), taxonomy }
  }
  return undefined
}

type Handlers = { onItem?: (item: WxrItem) => void | Promise<void>; onChannel?: (channel: WxrChannel) => void }

/**
 * Streams a WXR file through saxes, a conformant SAX parser: memory holds one item at a time, and a
 * file that is not well-formed fails with its line and column. `skipContent` leaves post bodies out
 * (the first, validating pass needs only the index).
 */
export async function readWxr(filePath: string, handlers: Handlers & { skipContent?: boolean }): Promise<void> {
  const parser = new SaxesParser()
  const channel: WxrChannel = { siteUrl: '', authors: [], terms: [] }
  const stack: Node[] = []
  // Items parsed from the current chunk; handled (awaited, in order) before the next chunk is read.
  const pending: WxrItem[] = []
  let itemLine = 0
  let sawRss = false
  const skipped = new Set(handlers.skipContent ? ['content:encoded', 'excerpt:encoded'] : [])

  parser.on('opentag', (tag) => {
    if (stack.length === 0 && tag.name !== 'rss') throw new WxrSyntaxError(`Not a WordPress export: the root element is <${tag.name}>, not <rss>`, parser.line, parser.column)
    sawRss = true
    if (tag.name === 'item') itemLine = parser.line
    stack.push({ name: tag.name, text: '', attributes: tag.attributes as Record<string, string>, children: [] })
  })
  const onText = (text: string) => {
    const node = stack.at(-1)
    if (node && stack.length > 2 && !skipped.has(node.name)) node.text += text
  }
  parser.on('text', onText)
  parser.on('cdata', onText)
  parser.on('closetag', () => {
    const node = stack.pop() as Node
    const parent = stack.at(-1)
    // Depth 2 is a direct child of <channel>: an item, an author, a term or a site property.
    if (stack.length === 2) {
      if (node.name === 'item') pending.push(toItem(node, itemLine))
      else if (node.name === 'wp:author') channel.authors.push({ login: textOf(node, 'wp:author_login'), email: textOf(node, 'wp:author_email'), displayName: textOf(node, 'wp:author_display_name') })
      else if (node.name === 'wp:base_blog_url' || (node.name === 'link' && !channel.siteUrl)) channel.siteUrl = node.text.trim()
      else {
        const term = toTerm(node)
        if (term) channel.terms.push(term)
      }
      return
    }
    if (parent && stack.length > 2) parent.children.push(node)
  })

  try {
    for await (const chunk of createReadStream(filePath, { encoding: 'utf8', highWaterMark: 256 * 1024 })) {
      parser.write(chunk as string)
      for (const item of pending.splice(0)) await handlers.onItem?.(item)
    }
    parser.close()
    for (const item of pending.splice(0)) await handlers.onItem?.(item)
  } catch (error) {
    if (error instanceof WxrSyntaxError) throw error
    // saxes reports "line:column: message".
    const match = /^(\d+):(\d+): ([\s\S]*)$/.exec((error as Error).message)
    if (!match) throw error
    throw new WxrSyntaxError(match[3], Number(match[1]), Number(match[2]))
  }
  if (!sawRss) throw new WxrSyntaxError('Not a WordPress export: the file is empty', 1, 1)
  handlers.onChannel?.(channel)
}
