import { expect, test } from '@playwright/test'
import { demoPages } from './setup/demoPages'
import { wholeSitemap } from './setup/sitemap'

test('robots.txt keeps crawlers out of the admin and the API and points to the sitemap', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain('Disallow: /admin')
  expect(robots).toContain('Disallow: /api')
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
})

test('the sitemap lists each document in the locales it exists in, with its alternates', async ({ request, baseURL }) => {
  const { index, files: sitemap } = await wholeSitemap(request)
  expect(index).toContain('<sitemapindex')
  expect(index).toContain(`<loc>${baseURL}/sitemap/blog-0.xml</loc>`)
  const italianPost = `${baseURL}${demoPages.post.it}`
  const englishPost = `${baseURL}${demoPages.post.en}`
  expect(sitemap).toContain(`<loc>${italianPost}</loc>`)
  expect(sitemap).toContain(`<loc>${englishPost}</loc>`)
  expect(sitemap).toContain(`hreflang="en" href="${englishPost}"`)
  expect(sitemap).toContain(`hreflang="x-default" href="${italianPost}"`)
  // The Italian-only post and the space with no English profile have no English entry.
  expect(sitemap).toContain('/it/blog/geronimo-al-via-gli-incontri-con-il-job-di-fano</loc>')
  expect(sitemap).not.toContain('/en/blog/geronimo')
  expect(sitemap).toContain('/it/spazi/officina-lieve</loc>')
  expect(sitemap).not.toContain('/en/spaces/officina-lieve')
  // Each address once.
  const locations = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1])
  expect(new Set(locations).size).toBe(locations.length)
})

for (const path of ['/sitemap/blog-999.xml', '/sitemap/users-0.xml', '/sitemap/blog-01.xml', '/sitemap/..%2Fblog-0.xml']) {
  test(`${path} is not a sitemap file`, async ({ request }) => {
    expect((await request.get(path)).status()).toBe(404)
  })
}

test('a NUL byte in a sitemap file name is refused at the edge', async ({ request }) => {
  expect((await request.get('/sitemap/blog-0.xml%00')).status()).toBe(400)
})

test('pages send no automatic hreflang Link header (metadata carries the right ones)', async ({ request }) => {
  const response = await request.get(demoPages.post.it)
  expect(response.headers().link ?? '').not.toContain('hreflang')
})

for (const path of ['/fr/blog', '/it/blog/questo-articolo-non-esiste', '/en/events/no-such-event']) {
  test(`${path} is a localized 404 with a way back`, async ({ page }) => {
    const response = await page.goto(path)
    expect(response?.status()).toBe(404)
    // An unknown locale is taken as a path and prefixed with the browser's language (en-US here).
    const english = new URL(page.url()).pathname.startsWith('/en/')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(english ? 'Page not found' : 'Pagina non trovata')
    await expect(page.getByRole('link', { name: english ? 'Back to the home page' : 'Torna alla home' })).toBeVisible()
  })
}
