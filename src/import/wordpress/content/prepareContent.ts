import type { SanitizedConfig } from 'payload'
import type { Locale } from '@/i18n/locales'
import { uploadPath } from '../writeMedia'
import { autop } from './autop'
import { sanitizeContent } from './sanitize'
import { expandShortcodes } from './shortcodes'
import { htmlToLexical } from './toLexical'

export type ContentContext = {
  config: SanitizedConfig
  locale: Locale
  /** Stable per post and locale: seeds the ids of the upload nodes. */
  key: string
  attachmentUrl: (wordpressId: number) => string | undefined
  mediaByPath: Map<string, number>
  rewriteLink: (href: string, locale: Locale) => string | undefined
  warn: (message: string) => void
}

/**
 * One language's WordPress body → our rich text: shortcodes, then WordPress's paragraphs, then the
 * allow-list sanitizer, then Payload's HTML → Lexical conversion.
 */
export async function prepareContent(html: string, ctx: ContentContext) {
  const blocks = cleanContent(html, ctx)
  return blocks === undefined ? undefined : htmlToLexical(blocks, ctx.config, ctx.key)
}

/** The HTML the conversion reads: shortcodes expanded, paragraphs made, sanitized; nothing when empty. */
export function cleanContent(html: string, ctx: ContentContext): string | undefined {
  if (html.trim() === '') return undefined
  const expanded = expandShortcodes(html, {
    attachmentImage: (id) => {
      const url = ctx.attachmentUrl(id)
      return url ? `<img src="${url}">` : undefined
    },
    warn: ctx.warn,
  })
  // A linked image keeps the image: Lexical cannot put an image inside a link.
  const unlinked = expanded.replace(/<a\b[^>]*>\s*(<img\b[^>]*>)\s*<\/a>/gi, '$1')
  const clean = sanitizeContent(autop(unlinked), {
    mediaIdForImage: (src) => {
      const file = uploadPath(src)
      return file ? ctx.mediaByPath.get(file) : undefined
    },
    rewriteLink: (href) => ctx.rewriteLink(href, ctx.locale),
    warn: ctx.warn,
  })
  // An image alone in a paragraph becomes a block of its own.
  const blocks = clean.replace(/<p>\s*((?:<img\b[^>]*>\s*)+)<\/p>/gi, '$1').replace(/<p>\s*<\/p>/g, '')
  return blocks.trim() === '' ? undefined : blocks
}
