import { richText } from '../../lexical'
import type { ImageKey } from '../../media'
import { mapValues, upsertAll, type DocSpec, type SeedContext } from '../../upsert'
import { pages, type PageText, type SeedBlock } from './data'

export type PageKey = keyof typeof pages

type Refs = { media: Record<ImageKey, number>; forms: { contact: number } }

function toBlock(block: SeedBlock, { media, forms }: Refs) {
  const link = (l?: { label: string; href: string }) => (l ? { linkLabel: l.label, linkHref: l.href } : {})
  switch (block.kind) {
    case 'hero':
      return { blockType: 'hero' as const, heading: block.heading, text: block.text, image: block.image && media[block.image], ...link(block.link) }
    case 'text':
      return { blockType: 'richText' as const, content: richText(block.blocks) }
    case 'image':
      return { blockType: 'image' as const, image: media[block.image], caption: block.caption }
    case 'cta':
      return { blockType: 'callToAction' as const, heading: block.heading, text: block.text, linkLabel: block.link.label, linkHref: block.link.href }
    case 'plans':
      return {
        blockType: 'plans' as const,
        heading: block.heading,
        note: block.note,
        plans: block.plans.map(({ included, link: l, ...plan }) => ({ ...plan, included: included.map((item) => ({ item })), linkLabel: l.label, linkHref: l.href })),
      }
    case 'faq':
      return { blockType: 'faq' as const, heading: block.heading, items: block.items }
    case 'form':
      return { blockType: 'form' as const, heading: block.heading, intro: block.intro, form: forms[block.form] }
  }
}

export function seedPages(ctx: SeedContext, refs: Refs) {
  const text = ({ blocks, ...fields }: PageText) => ({ ...fields, generateSlug: false, layout: blocks.map((block) => toBlock(block, refs)) })
  const spec = ({ it, en }: { it: PageText; en: PageText }): DocSpec<'pages'> => ({ collection: 'pages', it: text(it), en: text(en) })
  return upsertAll(ctx, mapValues(pages, spec))
}
