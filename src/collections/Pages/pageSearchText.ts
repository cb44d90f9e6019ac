import type { FieldHook } from 'payload'
import { richTextParagraphs } from '@/lib/richText/plainText'

type Block = Record<string, unknown> & { blockType?: string }
type Row = Record<string, unknown>

const texts = (...values: unknown[]) => values.filter((value): value is string => typeof value === 'string' && value.trim() !== '')
const rows = (value: unknown): Row[] => (Array.isArray(value) ? (value as Row[]) : [])

/** The words a visitor reads in a page's blocks, in reading order: what the site search finds the page by. */
export function pageSearchText(layout: unknown): string {
  return rows(layout)
    .flatMap((block: Block) => {
      switch (block.blockType) {
        case 'richText':
          return richTextParagraphs(block.content)
        case 'plans':
          return [...texts(block.heading), ...rows(block.plans).flatMap((plan) => [...texts(plan.name), ...rows(plan.included).flatMap((item) => texts(item.item))]), ...texts(block.note)]
        case 'faq':
          return [...texts(block.heading), ...rows(block.items).flatMap((item) => texts(item.question, item.answer))]
        case 'image':
          return texts(block.caption)
        default:
          return texts(block.heading, block.text)
      }
    })
    .join('\n')
}

/** Kept up to date on every save of the locale being saved (the blocks are localized). */
export const setPageSearchText: FieldHook = ({ siblingData, value }) => ('layout' in siblingData ? pageSearchText(siblingData.layout) : value)
