import { describe, expect, it, vi } from 'vitest'
import { announceExpiredTags } from '@/config/expiredTags.mjs'
import type { SearchResults } from './searchDocuments'

vi.mock('server-only', () => ({}))
const { recentSearch } = await import('./recentSearches')

const found = (title: string): SearchResults => ({ total: 1, more: false, results: [{ collection: 'posts', id: 1, title, slug: 's', snippet: [], rank: 1 }] })

describe('recentSearch', () => {
  it('reads a repeated search once, until a cache tag expires', async () => {
    const search = vi.fn(async () => found('first'))
    const input = { locale: 'it' as const, query: 'caffè', limit: 10, offset: 0 }
    expect(await recentSearch(input, search)).toEqual(found('first'))
    expect(await recentSearch(input, search)).toEqual(found('first'))
    expect(search).toHaveBeenCalledTimes(1)
    await recentSearch({ ...input, offset: 10 }, search)
    expect(search).toHaveBeenCalledTimes(2)

    announceExpiredTags(['cms:posts'])
    search.mockResolvedValue(found('second'))
    expect(await recentSearch(input, search)).toEqual(found('second'))
  })

  it('does not remember results read while a tag expired: they may be older than the change', async () => {
    const input = { locale: 'en' as const, query: 'desk' }
    const during = vi.fn(async () => {
      announceExpiredTags(['cms:posts'])
      return found('old')
    })
    await recentSearch(input, during)
    const after = vi.fn(async () => found('new'))
    expect(await recentSearch(input, after)).toEqual(found('new'))
  })
})
