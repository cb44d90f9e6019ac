import sanitizeHtml from 'sanitize-html'
import { isCameraDefault } from './cameraDefaults'

export type SanitizeContext = {
  /** Our media id for an image address of the old site, if the attachment was imported. */
  mediaIdForImage: (src: string) => number | undefined
  /** The new address for a link to the old site, if it points to an imported post. */
  rewriteLink: (href: string) => string | undefined
  warn: (message: string) => void
}

const SAFE_HREF = /^(?:https?:|mailto:|tel:|\/(?!\/)|#|\?)/i

const ALLOWED_TAGS = ['p', 'br', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'a', 'strong', 'b', 'em', 'i', 'u', 's', 'code', 'pre', 'hr', 'img', 'sub', 'sup']

/**
 * sanitize-html with an allow-list: no script, style or event handler survives, links keep only
 * http(s)/mailto/tel and relative addresses (no `javascript:`). Images become references to the
 * imported media (Payload's HTML import reads the data-lexical-upload attributes); links to the old
 * site are rewritten to the new addresses; paragraphs holding only a camera label are dropped.
 */
export function sanitizeContent(html: string, ctx: SanitizeContext): string {
  const removed = new Set<string>()
  const clean = sanitizeHtml(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href'], img: ['src', 'data-lexical-upload-id', 'data-lexical-upload-relation-to'] },
    allowedSchemes: ['http', 'https', 'mailto', 'tel'],
    allowProtocolRelative: false,
    // h1 is the page title's: headings in the body start at h2.
    transformTags: {
      h1: 'h2',
      // A link without a safe address (javascript:, data:, none) keeps its text and loses the link.
      a: (tagName, attribs): sanitizeHtml.Tag => {
        const href = attribs.href?.trim()
        if (!href || !SAFE_HREF.test(href)) return { tagName: 'span', attribs: {} }
        return { tagName, attribs: { href: ctx.rewriteLink(href) ?? href } }
      },
      img: (tagName, attribs): sanitizeHtml.Tag => {
        const id = attribs.src ? ctx.mediaIdForImage(attribs.src) : undefined
        if (id === undefined) return { tagName, attribs: { src: attribs.src ?? '' } }
        return { tagName, attribs: { 'data-lexical-upload-id': String(id), 'data-lexical-upload-relation-to': 'media' } }
      },
    },
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img' && !frame.attribs['data-lexical-upload-id']) {
        ctx.warn(`image not imported (no attachment for ${frame.attribs.src || 'an empty src'})`)
        return true
      }
      return frame.tag === 'p' && isCameraDefault(frame.text)
    },
    onOpenTag: (name) => {
      if (!ALLOWED_TAGS.includes(name) && ['script', 'style', 'iframe', 'object', 'embed', 'form'].includes(name)) removed.add(name)
    },
  })
  for (const tag of removed) ctx.warn(`<${tag}> removed`)
  return clean
}
