import { expect, test } from '@playwright/test'
import { staffRequest } from './setup/staffRequest'

/**
 * Search results are kept a minute (src/lib/cms/search/recentSearches.ts), and emptied when an
 * editor's change expires the cache tags: the next search already shows a publish or an unpublish.
 */
test('a repeated search shows a post published or unpublished in between', async ({ request, playwright, baseURL }) => {
  const staff = await staffRequest(playwright, baseURL)
  const word = `zibaldone${Date.now()}`
  const search = async () => (await request.get(`/it/cerca?q=${word}`)).text()
  expect(await search()).not.toContain(`Appunti ${word}`) // an empty result, now remembered

  const created = await staff.post('/api/posts?locale=it', { data: { title: `Appunti ${word}`, slug: '', _status: 'published' } })
  expect(created.ok(), await created.text()).toBe(true)
  const { id } = ((await created.json()) as { doc: { id: number } }).doc
  expect(await search()).toContain(`Appunti ${word}`)
  expect(await search()).toContain(`Appunti ${word}`)

  expect((await staff.patch(`/api/posts/${id}?locale=it`, { data: { _status: 'draft' } })).ok()).toBe(true)
  expect(await search()).not.toContain(`Appunti ${word}`)

  await staff.delete(`/api/posts/${id}`)
  await staff.dispose()
})
