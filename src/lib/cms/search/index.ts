import 'server-only'
import { type SearchInput, type SearchResults, searchDocuments } from './searchDocuments'
import { getPayloadClient } from '@/lib/cms/read/client'

/**
 * The search results page's data, read on every search: from the stored, indexed vectors it
 * takes milliseconds, and queries typed once would otherwise fill Next's cache and push out the
 * pages visitors come back to.
 */
export const getSearchResults = async (input: SearchInput): Promise<SearchResults> => searchDocuments(await getPayloadClient(), input)
