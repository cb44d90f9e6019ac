import 'server-only'
import { type SearchInput, type SearchResults, searchDocuments } from './searchDocuments'
import { noteDatabaseError } from '@/db/health'
import { getPayloadClient } from '@/lib/cms/read/client'
import { recentSearch } from './recentSearches'

/**
 * The search results page's data: kept a minute in a small cache of its own (recentSearches.ts),
 * not in Next's, where queries typed once would push out the pages visitors come back to.
 */
export async function getSearchResults(input: SearchInput): Promise<SearchResults> {
  try {
    return await recentSearch(input, async (query) => searchDocuments(await getPayloadClient(), query))
  } catch (error) {
    noteDatabaseError(error)
    throw error
  }
}
