import 'server-only'
import { type SearchInput, type SearchResults, searchDocuments } from './searchDocuments'
import { noteDatabaseError } from '@/db/health'
import { getPayloadClient } from '@/lib/cms/read/client'

/**
 * The search results page's data, read on every search: from the stored, indexed vectors it
 * takes milliseconds, and queries typed once would otherwise fill Next's cache and push out the
 * pages visitors come back to.
 */
export async function getSearchResults(input: SearchInput): Promise<SearchResults> {
  try {
    return await searchDocuments(await getPayloadClient(), input)
  } catch (error) {
    noteDatabaseError(error)
    throw error
  }
}
