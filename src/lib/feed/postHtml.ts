import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import type { SerializedAutoLinkNode, SerializedLinkNode } from '@payloadcms/richtext-lexical'
import { convertLexicalToHTML, type HTMLConverter, type HTMLConvertersFunction } from '@payloadcms/richtext-lexical/html'
import { toEmbed } from '@/lib/richText/embedUrl'
import { internalHref } from '@/lib/richText/internalHref'
import { safeHref } from '@/lib/richText/safeHref'
import type { Locale } from '@/i18n/locales'
import { toImageView } from '@/lib/cms/shared/media'

export const escapeHtml = (value: string) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')

type Options = {
  locale: Locale
  /** The post's own absolute address: relative links and images are resolved against it. */
  postUrl: string
  watchOn: (provider: string, title: string) => string
}

type LinkFields = { linkType?: string; url?: string; doc?: { relationTo?: string; value?: unknown } }

const converters =
  ({ locale, postUrl, watchOn }: Options): HTMLConvertersFunction =>
  ({ defaultConverters }) => {
    const absolute = (href: string) => new URL(href, postUrl).toString()
    const link: HTMLConverter<SerializedLinkNode | SerializedAutoLinkNode> = ({ node, nodesToHTML }) => {
      const fields = node.fields as LinkFields
      const children = nodesToHTML({ nodes: node.children }).join('')
      const href = fields.linkType === 'internal' ? internalHref(fields.doc, locale) : safeHref(fields.url)
      return href ? `<a href="${escapeHtml(absolute(href))}">${children}</a>` : children
    }
    return {
      ...defaultConverters,
      link,
      autolink: link,
      upload: ({ node }) => {
        const image = toImageView(node.value, 'medium')
        if (!image) return ''
        const caption = (node.value as { caption?: string | null }).caption
        const img = `<img src="${escapeHtml(absolute(image.src))}" alt="${escapeHtml(image.alt)}" width="${image.width}" height="${image.height}">`
        return `<figure>${img}${caption ? `<figcaption>${escapeHtml(caption)}</figcaption>` : ''}</figure>`
      },
      blocks: {
        // Feed readers drop iframes: a video becomes a link to its page.
        embed: ({ node }: { node: { fields: { url?: unknown; title?: unknown; caption?: unknown } } }) => {
          const target = toEmbed(node.fields.url)
          if (!target) return ''
          const title = typeof node.fields.title === 'string' && node.fields.title ? node.fields.title : target.provider
          const caption = typeof node.fields.caption === 'string' && node.fields.caption ? ` ${escapeHtml(node.fields.caption)}` : ''
          return `<p><a href="${escapeHtml(target.pageUrl)}">${escapeHtml(watchOn(target.provider, title))}</a>${caption}</p>`
        },
      },
    }
  }

/** A post's rich text as standalone HTML for a feed: absolute links and images, no scripts, no iframes. */
export function postHtml(content: unknown, options: Options): string {
  if (!content || typeof content !== 'object' || !('root' in content)) return ''
  return convertLexicalToHTML({
    data: content as SerializedEditorState,
    converters: converters(options),
    disableContainer: true,
    disableIndent: true,
    disableTextAlign: true,
  })
}
