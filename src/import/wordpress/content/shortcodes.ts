import { meaningful } from './cameraDefaults'

export type ShortcodeContext = {
  /** The <img> of an attachment, for [gallery ids="…"]. */
  attachmentImage: (wordpressId: number) => string | undefined
  warn: (message: string) => void
}

const KNOWN_WITHOUT_ATTRIBUTES = new Set(['gallery', 'embed', 'audio', 'video', 'playlist', 'caption', 'wp_caption'])
const SHORTCODE = /\[(\/?)([a-zA-Z][\w-]*)((?:\s[^\]]*)?)\](?:([\s\S]*?)\[\/\2\])?/g

function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\b${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(attributes)?.[1]
}

/**
 * Handles the WordPress shortcodes that carry content (caption, gallery, embed) and removes the
 * others with a warning, keeping the text they wrap. Text in brackets that is not shaped like a
 * shortcode ("[sic]") stays.
 */
export function expandShortcodes(html: string, ctx: ShortcodeContext): string {
  return html.replace(SHORTCODE, (whole, closing: string, rawName: string, attributes: string, inner: string | undefined) => {
    const name = rawName.toLowerCase()
    const isShortcode = closing || attributes.trim() !== '' || inner !== undefined || KNOWN_WITHOUT_ATTRIBUTES.has(name)
    if (!isShortcode) return whole
    switch (name) {
      case 'caption':
      case 'wp_caption': {
        const body = inner ?? ''
        const image = /<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>/i.exec(body)?.[0] ?? ''
        const caption = meaningful(body.replace(image, '').replace(/<[^>]+>/g, ' ')) ?? meaningful(attribute(attributes, 'caption'))
        return `\n\n${image}\n\n${caption ?? ''}\n\n`
      }
      case 'gallery': {
        const ids = (attribute(attributes, 'ids') ?? '').split(',').map(Number).filter(Boolean)
        if (ids.length === 0) ctx.warn('[gallery] without ids removed')
        return `\n\n${ids.map((id) => ctx.attachmentImage(id) ?? '').join('\n\n')}\n\n`
      }
      case 'embed': {
        const url = (inner ?? '').trim()
        return /^https?:\/\//.test(url) ? `\n\n<a href="${url}">${url}</a>\n\n` : ''
      }
      default:
        ctx.warn(`shortcode [${name}] removed`)
        return inner ?? ''
    }
  })
}
