import { expect, test } from '@playwright/test'

/**
 * tests/fixtures/wordpress/e2e-export.xml, imported by the global setup after the demo seed. The
 * Italian slugs are WordPress's post_name; the English one comes from the English title.
 */
const translated = { it: '/it/blog/vecchio-articolo', en: '/en/blog/a-post-from-the-old-site' }
const italianOnly = '/it/blog/storia-in-italiano'

const redirects: Array<[from: string, to: string]> = [
  ['/?p=5001', translated.it],
  ['/?p=5001&lang=en', translated.en],
  ['/vecchio-articolo/', translated.it],
  ['/2013/05/vecchio-articolo/', translated.it],
  ['/2013/05/vecchio-articolo/?lang=en', translated.en],
  ['/en/vecchio-articolo/', translated.en],
  ['/it/vecchio-articolo/', translated.it],
  // No English translation: the English address leads to the Italian page, never to a copy.
  ['/en/storia-in-italiano/', italianOnly],
  ['/?p=5002&lang=en', italianOnly],
  ['/?lang=en', '/en'],
]

test.describe('old WordPress addresses', () => {
  for (const [from, to] of redirects) {
    test(`${from} answers 301 to ${to}`, async ({ request, baseURL }) => {
      const response = await request.get(from, { maxRedirects: 0 })
      expect(response.status()).toBe(301)
      expect(new URL(response.headers().location as string, baseURL).pathname).toBe(to)
    })
  }

  test('a visitor who already has a locale cookie is redirected too', async ({ request, baseURL }) => {
    for (const [cookie, from, to] of [
      ['NEXT_LOCALE=en', '/en/vecchio-articolo/', translated.en],
      ['NEXT_LOCALE=it', '/it/vecchio-articolo/', translated.it],
    ]) {
      const response = await request.get(from, { maxRedirects: 0, headers: { cookie } })
      expect(response.status()).toBe(301)
      expect(new URL(response.headers().location as string, baseURL).pathname).toBe(to)
    }
  })

  test('the redirect lands on the post, whose links to old posts were rewritten', async ({ page }) => {
    const response = await page.goto('/?p=5001')
    expect(response?.status()).toBe(200)
    await expect(page).toHaveURL(new RegExp(`${translated.it}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Un articolo dal vecchio sito')
    await expect(page.getByRole('link', { name: 'questo articolo' })).toHaveAttribute('href', italianOnly)
  })

  test('an unknown address is still a 404, and current pages are not redirected', async ({ request }) => {
    expect((await request.get('/it/nessun-vecchio-articolo', { maxRedirects: 0 })).status()).toBe(404)
    // No old post: the home's own language negotiation (next-intl's 307), not a permanent redirect.
    const unknown = await request.get('/?p=999999', { maxRedirects: 0, headers: { 'Accept-Language': 'it' } })
    expect(unknown.status()).toBe(307)
    expect(new URL(unknown.headers().location as string, 'http://x').pathname).toBe('/it')
    expect((await request.get('/it/blog', { maxRedirects: 0 })).status()).toBe(200)
  })
})
