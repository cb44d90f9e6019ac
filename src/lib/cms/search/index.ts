import 'server-only'
import { type SearchInput, type SearchResults, searchDocuments } from './searchDocuments'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'

/** The search results page's data: kept until a document of a searched collection changes. */
export const getSearchResults = cached(
  'search',
  ['posts', 'events', 'spaces', 'projects'],
  async (input: SearchInput): Promise<SearchResults> => searchDocuments(await getPayloadClient(), input),
)
