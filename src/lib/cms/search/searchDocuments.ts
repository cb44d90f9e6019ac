import type { Payload } from 'payload'
import { z } from 'zod'
import { locales } from '@/i18n/locales'
import { snippetParts, type SnippetPart } from './highlight'
import type { SearchCollection } from './searchSources'
import { searchStatement } from './searchStatement'
import { drizzleOf } from '@/db/drizzleOf'

import { maxSearchQueryLength } from './searchAddress'

export { maxSearchQueryLength }

export const searchInputSchema = z.object({
  locale: z.enum(locales),
  query: z.string().trim().max(maxSearchQueryLength),
  limit: z.number().int().min(1).max(50).default(10),
  offset: z.number().int().min(0).default(0),
})

export type SearchInput = z.input<typeof searchInputSchema>

export type SearchResult = {
  collection: SearchCollection
  id: number
  title: string
  slug: string
  /** Escaped text in which only the matched words are wrapped in <mark>. */
  snippet: SnippetPart[]
  rank: number
  /** ISO date: a post's publication, an event's start, a project's start; none for spaces. */
  date?: string
}

/** `total` counts the matches listed; `more` says that further, older matches were left out. */
export type SearchResults = { total: number; more: boolean; results: SearchResult[] }

type Row = { total: number; more: boolean } & (
  | { collection: SearchCollection; id: number; title: string; slug: string; rank: number; date: string | null; snippet: string }
  | { collection: null }
)

/**
 * Full-text search, in the visitor's language, of what an anonymous visitor may read: published
 * posts, events and projects and all spaces, each only where translated into that locale.
 */
export async function searchDocuments(payload: Payload, input: SearchInput): Promise<SearchResults> {
  const { locale, query, limit, offset } = searchInputSchema.parse(input)
  if (!query) return { total: 0, more: false, results: [] }
  const drizzle = drizzleOf(payload)
  const { rows } = await drizzle.execute<Row>(searchStatement({ locale, query, limit, offset }))
  const results = rows.flatMap((row) =>
    row.collection === null
      ? []
      : [
          {
            collection: row.collection,
            id: row.id,
            title: row.title,
            slug: row.slug,
            snippet: snippetParts(row.snippet),
            rank: Number(row.rank),
            ...(row.date ? { date: row.date } : {}),
          },
        ],
  )
  return { total: rows[0]?.total ?? 0, more: rows[0]?.more ?? false, results }
}
