import { z } from 'zod'

export const maxSearchQueryLength = 200

export const searchPageSize = 10

const searchParamsSchema = z.object({
  q: z.string().default(''),
  // Bounded: a huge page number would overflow the query's OFFSET.
  page: z.coerce.number().int().min(1).max(10_000).default(1),
})

/** What a search address asks for: `q` as typed (the box shows it), the words searched, the page. */
export type SearchAddress = { q: string; query: string; page: number }

/** The search page's query string read; undefined when it does not parse (a repeated `q`, a bad page). */
export function searchAddress(searchParams: Record<string, string | string[] | undefined>): SearchAddress | undefined {
  const parsed = searchParamsSchema.safeParse(searchParams)
  if (!parsed.success) return undefined
  const { q, page } = parsed.data
  return { q, query: q.trim().replace(/\s+/g, ' '), page }
}

// The database refuses NUL; no other control character is a word.
const controlCharacter = /[\u0000-\u001f\u007f]/

/**
 * The path segment naming a search whose rendered page may be cached: `2-` and the words in
 * base64url, so that any character survives as one segment of a path. Only a search that reads the
 * database has one: not an empty query nor a too long one.
 */
export function foundKey({ query, page }: SearchAddress): string | undefined {
  if (!query || query.length > maxSearchQueryLength || controlCharacter.test(query)) return undefined
  return `${page}-${Buffer.from(query, 'utf8').toString('base64url')}`
}

/** The search a segment made by `foundKey` names; undefined for any other segment. */
export function parseFoundKey(key: string): SearchAddress | undefined {
  const match = /^(\d{1,5})-([\w-]{1,1000})$/.exec(key)
  if (!match) return undefined
  const address = searchAddress({ q: Buffer.from(match[2], 'base64url').toString('utf8'), page: match[1] })
  return address && address.q === address.query && foundKey(address) === key ? address : undefined
}
