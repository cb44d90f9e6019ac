import { derivedField } from '@/fields/derivedField'
import { richTextParagraphs, truncate } from '@/lib/richText/plainText'

/** What a space's card shows of its description in one locale: the first paragraph, cut at 180 characters. */
export function spaceExcerpt(description: unknown): string | null {
  const [first] = richTextParagraphs(description)
  return first ? truncate(first, 180) : null
}

/**
 * Kept per locale on save, so that the spaces list reads a line per card instead of every space's
 * whole description through Payload's rich-text hooks (migration 20261127_042543_space_excerpt fills
 * the spaces saved before).
 */
export const spaceExcerptField = derivedField('excerpt', 'text', 'description', spaceExcerpt)
