import { derivedField } from '@/fields/derivedField'
import { lexicalText, readingMinutes } from '@/lib/richText/readingTime'

/** A post's reading time in one locale, from its text as saved. */
export const postReadingMinutes = (content: unknown): number => readingMinutes(lexicalText(content))

/**
 * Kept on every save of the locale being saved (the text is localized), so that a list's cards
 * read a number instead of each post's whole text (migration 20261127_031000_post_reading_minutes
 * fills the posts saved before).
 */
export const readingMinutesField = derivedField('readingMinutes', 'number', 'content', postReadingMinutes)
