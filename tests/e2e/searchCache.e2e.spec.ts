import { expect, test } from '@playwright/test'
import { staffRequest } from './setup/staffRequest'

/**
 * A search with words is rendered once and then served from the cache handler's store of search
 * pages (src/config/searchPages.mjs), until an editor's change expires a cache tag: the next search
 * shows it, rendered afresh.
 */
test('a repeated search is served from the cache, and a publish shows on the next search', async ({ request, playwright, baseURL }) => {
  const staff = await staffRequest(playwright, baseURL)
  const word = `scartafaccio${Date.now()}`
  const search = async (query = `q=${word}`) => {
    const response = await request.get(`/it/cerca?${query}`)
    return { status: response.status(), cache: response.headers()['x-nextjs-cache'], html: await response.text() }
  }
  const first = await search()
  expect(first).toMatchObject({ status: 200, cache: 'MISS' })
  expect(first.html).not.toContain(`Taccuino ${word}`)
  const again = await search()
  expect(again).toMatchObject({ status: 200, cache: 'HIT' })
  // The same words spelled with extra spaces or beside other parameters are the same search.
  expect(await search(`q=%20${word}%20%20&utm_source=x`)).toMatchObject({ status: 200, cache: 'HIT' })
  expect(again.html).toContain(`value="${word}"`)

  const created = await staff.post('/api/posts?locale=it', { data: { title: `Taccuino ${word}`, slug: '', _status: 'published' } })
  expect(created.ok(), await created.text()).toBe(true)
  const { id } = ((await created.json()) as { doc: { id: number } }).doc
  const afterPublish = await search()
  expect(afterPublish.cache).toBe('MISS')
  expect(afterPublish.html).toContain(`Taccuino ${word}`)
  expect(await search()).toMatchObject({ status: 200, cache: 'HIT' })

  await staff.delete(`/api/posts/${id}`)
  expect((await search()).html).not.toContain(`Taccuino ${word}`)
  await staff.dispose()
})

test('searches the cache cannot name are answered as before: no words, too many, a repeated q, a bad page', async ({ request }) => {
  const answer = async (path: string) => {
    const response = await request.get(path, { maxRedirects: 0 })
    return { status: response.status(), cache: response.headers()['x-nextjs-cache'] }
  }
  expect(await answer('/it/cerca')).toEqual({ status: 200, cache: undefined })
  expect(await answer(`/it/cerca?q=${'parola '.repeat(30)}`)).toEqual({ status: 200, cache: undefined })
  for (const path of ['/it/cerca?q=spazi&q=eventi', '/it/cerca?q=spazi&page=0', '/it/cerca?q=spazi&page=1.5', '/en/search?q=desk&page=1&page=2']) {
    expect((await answer(path)).status, path).toBe(404)
  }
  // A visitor cannot name a search by the proxy's header, nor reach a made-up one directly.
  const spoofed = await request.get('/it/cerca', { headers: { 'x-site-search-key': `1-${Buffer.from('spazi').toString('base64url')}` } })
  expect(await spoofed.text()).not.toContain('«spazi»')
  for (const path of ['/it/search/Found/1-_w', `/it/search/Found/1-${Buffer.from(' spazi').toString('base64url')}`, '/it/search/Found/0-YQ']) {
    expect((await answer(path)).status, path).toBe(404)
  }
})

test('the pages of a cached search lead to one another in the browser', async ({ page }) => {
  await page.goto('/it/cerca?q=coworking')
  await page.getByRole('link', { name: 'Altri risultati' }).click()
  await expect(page).toHaveURL(/\/it\/cerca\?q=coworking&page=2$/)
  await expect(page.getByRole('status').filter({ hasText: /risultati per «coworking»/ })).toBeVisible()
  await page.getByRole('link', { name: 'Risultati precedenti' }).click()
  await expect(page).toHaveURL(/\/it\/cerca\?q=coworking$/)
  await expect(page.getByRole('searchbox')).toHaveValue('coworking')
})
