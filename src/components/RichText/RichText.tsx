import type { SerializedEditorState } from '@payloadcms/richtext-lexical/lexical'
import { type JSXConvertersFunction, RichText as LexicalRichText } from '@payloadcms/richtext-lexical/react'
import type React from 'react'
import type { Locale } from '@/i18n/locales'
import { CmsImage } from '../CmsImage/CmsImage'
import { type EmbedFields, EmbedFrame } from './EmbedFrame'
import { toImageView } from '@/lib/cms/shared/media'
import { internalHref } from '@/lib/richText/internalHref'
import { safeHref } from '@/lib/richText/safeHref'

type Props = { data: unknown; locale: Locale; className?: string }

type LinkFields = { linkType?: string; url?: string; newTab?: boolean; doc?: { relationTo?: string; value?: unknown } }

const converters =
  (locale: Locale): JSXConvertersFunction =>
  ({ defaultConverters }) => {
    const renderLink = (fields: LinkFields, children: React.ReactNode) => {
      const href = fields.linkType === 'internal' ? internalHref(fields.doc, locale) : safeHref(fields.url)
      if (!href) return <>{children}</>
      const external = fields.newTab ? { target: '_blank', rel: 'noopener noreferrer' } : {}
      return (
        <a href={href} {...external}>
          {children}
        </a>
      )
    }
    return {
      ...defaultConverters,
      link: ({ node, nodesToJSX }) => renderLink(node.fields as LinkFields, nodesToJSX({ nodes: node.children })),
      autolink: ({ node, nodesToJSX }) => renderLink(node.fields as LinkFields, nodesToJSX({ nodes: node.children })),
      upload: ({ node }) => {
        const image = toImageView(node.value, 'medium')
        if (!image) return null
        const caption = (node.value as { caption?: string | null }).caption
        return (
          <figure>
            <CmsImage image={image} sizes="(min-width: 44rem) 42rem, 100vw" />
            {caption && <figcaption>{caption}</figcaption>}
          </figure>
        )
      },
      blocks: {
        embed: ({ node }: { node: { fields: unknown } }) => <EmbedFrame fields={node.fields as EmbedFields} locale={locale} />,
      },
    }
  }

/** Lexical rich text rendered to JSX on the server, with links resolved to this locale's pages. */
export function RichText({ data, locale, className = 'prose' }: Props) {
  if (!data || typeof data !== 'object' || !('root' in data)) return null
  return <LexicalRichText data={data as SerializedEditorState} converters={converters(locale)} className={className} />
}
