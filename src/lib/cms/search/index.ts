import 'server-only'
import { contentCollections } from '@/content/types'
import { type SearchInput, type SearchResults, searchDocuments } from './searchDocuments'
import { cached } from '@/lib/cms/read/cached'
import { getPayloadClient } from '@/lib/cms/read/client'

/** The search results page's data: kept until a document of a searched collection changes. */
export const getSearchResults = cached(
  'search',
  contentCollections,
  async (input: SearchInput): Promise<SearchResults> => searchDocuments(await getPayloadClient(), input),
)
