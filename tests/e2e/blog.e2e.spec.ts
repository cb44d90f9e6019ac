import { type APIRequestContext, expect, type Page, test } from '@playwright/test'
import { demoAdmin } from './setup/demoAccounts'

/** The seeded posts (src/seed/content/posts): two translated, one in Italian only. */
const fano = {
  it: { title: 'Il #collaboratorio arriva a Fano', slug: 'il-collaboratorio-arriva-a-fano' },
  en: { title: '#collaboratorio comes to Fano', slug: 'collaboratorio-comes-to-fano' },
}
const collaboratorio = {
  publishedAt: '2014-10-06T08:30:00.000Z',
  it: { title: 'Qual è il ruolo dei coworking nei piccoli centri urbani, di la dall’affitto delle scrivanie?' },
  en: { title: 'What role can coworking spaces play in small towns, beyond renting out desks?' },
}
const geronimo = { title: '#GERONIMO: al via gli incontri con il Job di Fano', slug: 'geronimo-al-via-gli-incontri-con-il-job-di-fano' }

const cardTitles = (page: Page) => page.locator('main article h3')
const italianSeed = [fano.it.title, geronimo.title, collaboratorio.it.title]
const englishSeed = [fano.en.title, collaboratorio.en.title]
/** Other test files may leave posts of their own: compare only the seeded ones, in their order. */
const seeded = (titles: string[], seed: string[]) => titles.filter((title) => seed.includes(title))

test.describe.configure({ mode: 'serial' })

let admin: APIRequestContext
const created: number[] = []

test.beforeAll(async ({ playwright, baseURL }) => {
  const anonymous = await playwright.request.newContext({ baseURL })
  const login = await anonymous.post('/api/users/login', { data: demoAdmin })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  admin = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
  await anonymous.dispose()
})

test.afterAll(async () => {
  for (const id of created) await admin.delete(`/api/posts/${id}`)
  await admin.dispose()
})

const paragraph = (text: string) => ({
  type: 'paragraph',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  textFormat: 0,
  children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }],
})
const richText = (...children: object[]) => ({ root: { type: 'root', version: 1, format: '', indent: 0, direction: 'ltr', children } })

async function createPost(locale: 'it' | 'en', data: Record<string, unknown>) {
  const response = await admin.post(`/api/posts?locale=${locale}`, { data: { ...data, _status: 'published' } })
  expect(response.ok(), await response.text()).toBe(true)
  const { doc } = (await response.json()) as { doc: { id: number; slug: string } }
  created.push(doc.id)
  return doc
}

test.describe('blog list', () => {
  test('lists the Italian posts with Italian dates', async ({ page }) => {
    const response = await page.goto('/it/blog')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'it')
    await expect(page.getByRole('heading', { level: 1, name: 'Blog' })).toBeVisible()
    await expect(cardTitles(page).first()).toBeVisible()
    expect(seeded(await cardTitles(page).allTextContents(), italianSeed)).toEqual(italianSeed)
    await expect(page.locator(`time[datetime="${collaboratorio.publishedAt}"]`)).toHaveText('6 ottobre 2014')
  })

  test('lists only the English translations, with English dates', async ({ page }) => {
    const response = await page.goto('/en/blog')
    expect(response?.status()).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(cardTitles(page).first()).toBeVisible()
    expect(seeded(await cardTitles(page).allTextContents(), englishSeed)).toEqual(englishSeed)
    await expect(page.getByText(geronimo.title)).toHaveCount(0)
    await expect(page.locator(`time[datetime="${collaboratorio.publishedAt}"]`)).toHaveText('October 6, 2014')
  })

  test('filters by category and by tag, each locale by its own slugs', async ({ page }) => {
    await page.goto('/it/blog')
    await page.getByRole('navigation', { name: 'Filtra gli articoli' }).getByRole('link', { name: /^Territorio/ }).click()
    await expect(page).toHaveURL(/\/it\/blog\?category=territorio$/)
    await expect(page.getByRole('heading', { level: 2, name: 'Categoria: Territorio' })).toBeVisible()
    await expect(cardTitles(page)).toHaveText([geronimo.title])
    await expect(page.getByRole('link', { name: /^Territorio/ })).toHaveAttribute('aria-current', 'true')

    await page.goto('/en/blog?category=european-projects')
    await expect(page.getByRole('heading', { level: 2, name: 'Category: European projects' })).toBeVisible()
    await expect(cardTitles(page)).toHaveText([collaboratorio.en.title])

    await page.goto('/en/blog?tag=collaboratorio')
    await expect(cardTitles(page)).toHaveText(englishSeed)
    // The Italian-only post's category has no English posts: no such filter in English.
    expect((await page.goto('/en/blog?category=local-community'))?.status()).toBe(404)
    expect((await page.goto('/it/blog?category=european-projects'))?.status()).toBe(404)
  })

  for (const locale of ['it', 'en'] as const) {
    test(`/${locale}/blog answers 404 to a page number that is not there`, async ({ request }) => {
      for (const page of ['0', 'abc', '999', '-1', '1.5']) {
        expect((await request.get(`/${locale}/blog?page=${page}`)).status(), `?page=${page}`).toBe(404)
      }
      expect((await request.get(`/${locale}/blog?page=1`)).status()).toBe(200)
    })
  }

  test('the list advertises its feed and its translation', async ({ page }) => {
    await page.goto('/en/blog')
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', /\/en\/feed\.xml$/)
    await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute('href', /\/it\/blog$/)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/blog$/)
  })
})

test.describe('post page', () => {
  test('shows the Italian post with cover, text, author, reading time, related items and neighbours', async ({ page }) => {
    const response = await page.goto(`/it/blog/${fano.it.slug}`)
    expect(response?.status()).toBe(200)
    const article = page.locator('main article')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fano.it.title)
    await expect(article.locator('img').first()).toHaveAttribute('alt', /mappa stilizzata/)
    await expect(page.getByRole('heading', { level: 2, name: 'Chi è invitato' })).toBeVisible()
    await expect(article.getByText('di Demo Admin')).toBeVisible()
    await expect(article.getByText('1 minuto di lettura')).toBeVisible()
    const related = page.getByRole('complementary', { name: 'Collegamenti' })
    await expect(related.getByRole('heading', { name: 'Spazi citati' })).toBeVisible()
    await expect(related.getByRole('link', { name: 'Re-Place' })).toHaveAttribute('href', '/it/spazi/re-place')
    await expect(related.getByRole('heading', { name: 'Eventi collegati' })).toBeVisible()
    const neighbours = page.getByRole('navigation', { name: 'Altri articoli' })
    await expect(neighbours.getByRole('link', { name: /Articolo precedente/ })).toHaveAttribute('href', `/it/blog/${geronimo.slug}`)
  })

  test('shows the English post with English neighbours only', async ({ page }) => {
    await page.goto(`/en/blog/${fano.en.slug}`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fano.en.title)
    await expect(page.getByRole('heading', { level: 2, name: 'Who is invited' })).toBeVisible()
    await expect(page.locator('main article').getByText('by Demo Admin')).toBeVisible()
    await expect(page.getByRole('complementary', { name: 'Related' }).getByRole('link', { name: 'Re-Place' })).toHaveAttribute(
      'href',
      '/en/spaces/re-place',
    )
    // The Italian-only post sits between the two in Italian; in English the older neighbour is the 2014 post.
    const previous = page.getByRole('navigation', { name: 'More posts' }).getByRole('link', { name: /Previous post/ })
    await expect(previous).toContainText(collaboratorio.en.title)
    await previous.click()
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(collaboratorio.en.title)
    await expect(page.getByRole('navigation', { name: 'More posts' }).getByRole('link', { name: /Next post/ })).toContainText(fano.en.title)
  })

  test('the language switcher round trip lands on the same post under each slug', async ({ page }) => {
    await page.goto(`/it/blog/${fano.it.slug}`)
    await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(new RegExp(`/en/blog/${fano.en.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fano.en.title)
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano' }).click()
    await expect(page).toHaveURL(new RegExp(`/it/blog/${fano.it.slug}$`))
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(fano.it.title)
  })

  test('an Italian-only post leads English readers to the list, with a notice', async ({ page, request }) => {
    await page.goto(`/it/blog/${geronimo.slug}`)
    await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(/\/en\/blog\?only=it$/)
    await expect(page.getByRole('status')).toHaveText('This post is only available in Italian.')
    await expect(page.getByText(geronimo.title)).toHaveCount(0)
    expect((await request.get(`/en/blog/${geronimo.slug}`)).status()).toBe(404)
  })

  test('hreflang alternates name only the locales a post exists in, plus x-default', async ({ page }) => {
    await page.goto(`/en/blog/${fano.en.slug}`)
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`/en/blog/${fano.en.slug}$`))
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(3)
    await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute('href', new RegExp(`/it/blog/${fano.it.slug}$`))
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/it/blog/${fano.it.slug}$`))
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB')
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'it_IT')

    await page.goto(`/it/blog/${geronimo.slug}`)
    await expect(page.locator('link[rel="alternate"][hreflang]')).toHaveCount(2)
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', new RegExp(`/it/blog/${geronimo.slug}$`))
    await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveCount(0)
  })

  test('a slug that does not exist is a localized 404', async ({ page }) => {
    expect((await page.goto('/it/blog/articolo-che-non-esiste'))?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Pagina non trovata' })).toBeVisible()
    expect((await page.goto(`/en/blog/${fano.it.slug}`))?.status()).toBe(404)
    await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible()
  })
})

test.describe('RSS feeds', () => {
  const items = (xml: string) => [...xml.matchAll(/<item>[\s\S]*?<title><!\[CDATA\[(.*?)\]\]><\/title>/g)].map((match) => match[1])

  for (const locale of ['it', 'en'] as const) {
    test(`/${locale}/feed.xml is well-formed RSS 2.0`, async ({ request, page }) => {
      const response = await request.get(`/${locale}/feed.xml`)
      expect(response.status()).toBe(200)
      expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8')
      const xml = await response.text()
      expect(xml).toContain('<rss version="2.0"')
      expect(xml).toContain(`<language>${locale === 'it' ? 'it-IT' : 'en-GB'}</language>`)
      await page.goto('/it') // any page of the site, to parse the feed in the browser
      const wellFormed = await page.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'application/xml')
        return !doc.querySelector('parsererror') && doc.documentElement.nodeName === 'rss'
      }, xml)
      expect(wellFormed).toBe(true)
    })
  }

  test('each feed has its own language’s posts, with their full text', async ({ request }) => {
    const italian = await (await request.get('/it/feed.xml')).text()
    const english = await (await request.get('/en/feed.xml')).text()
    expect(seeded(items(italian), italianSeed)).toEqual(italianSeed)
    expect(seeded(items(english), englishSeed)).toEqual(englishSeed)
    expect(items(english)).not.toContain(geronimo.title)
    expect(english).toContain('<h2>Who is invited</h2>')
    expect(english).toMatch(new RegExp(`<link>https?://[^<]+/en/blog/${fano.en.slug}</link>`))
    expect(english).toContain('<dc:creator>Demo Admin</dc:creator>')
    expect(italian).toContain('<h2>Chi è invitato</h2>')
  })

  test('the feed is served from the cache once rendered', async ({ request }) => {
    await request.get('/en/feed.xml')
    const again = await request.get('/en/feed.xml')
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
  })
})

test.describe('changes made by editors', () => {
  test('a renamed slug redirects permanently, and the feed and video embed follow the post', async ({ page, request }) => {
    const title = `Video dal Warehouse ${Date.now()}`
    const post = await createPost('it', {
      title,
      excerpt: 'Un video di prova.',
      content: richText(paragraph('Prima del video.'), {
        type: 'block',
        version: 2,
        format: '',
        fields: { id: '65f0c0ffee0000000000e2e1', blockName: '', blockType: 'embed', url: 'https://youtu.be/dQw4w9WgXcQ?t=42', title: 'Il video di prova' },
      }),
    })
    expect((await request.get(`/it/blog/${post.slug}`)).status()).toBe(200) // cached under the old slug first

    const renamed = await admin.patch(`/api/posts/${post.id}?locale=it`, { data: { slug: `${post.slug}-nuovo`, _status: 'published' } })
    expect(renamed.ok(), await renamed.text()).toBe(true)
    const old = await request.get(`/it/blog/${post.slug}`, { maxRedirects: 0 })
    expect(old.status()).toBe(308)
    expect(old.headers().location).toMatch(new RegExp(`/it/blog/${post.slug}-nuovo$`))

    await page.goto(`/it/blog/${post.slug}`)
    await expect(page).toHaveURL(new RegExp(`/it/blog/${post.slug}-nuovo$`))
    const video = page.locator('main iframe')
    await expect(video).toHaveAttribute('src', 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?start=42')
    await expect(video).toHaveAttribute('title', 'Il video di prova')
    await expect(video).toHaveAttribute('loading', 'lazy')

    const feed = await (await request.get('/it/feed.xml')).text()
    expect(feed).toContain(`/it/blog/${post.slug}-nuovo</link>`)
    expect(feed).toContain('https://www.youtube.com/watch?v=dQw4w9WgXcQ&amp;t=42')
    expect(feed).not.toContain('<iframe')
    expect(await (await request.get('/en/feed.xml')).text()).not.toContain(title)
  })

  test('an embed that is not YouTube or Vimeo is refused', async () => {
    const response = await admin.post('/api/posts?locale=it', {
      data: {
        title: 'Video non ammesso',
        _status: 'published',
        content: richText({ type: 'block', version: 2, format: '', fields: { blockType: 'embed', url: 'https://evil.example/v', title: 'x' } }),
      },
    })
    if (response.ok()) created.push(((await response.json()) as { doc: { id: number } }).doc.id)
    expect(response.status()).toBe(400)
  })

  test('more posts than fit on a page are split into numbered pages', async ({ page, request }) => {
    for (let n = 1; n <= 8; n++) {
      const post = await createPost('it', { title: `Prova di paginazione ${n}`, content: richText(paragraph(`Articolo ${n}.`)) })
      const english = await admin.patch(`/api/posts/${post.id}?locale=en`, {
        data: { title: `Pagination test ${n}`, content: richText(paragraph(`Post ${n}.`)), _status: 'published' },
      })
      expect(english.ok(), await english.text()).toBe(true)
    }
    for (const [locale, label, pageName] of [
      ['it', 'Pagine del blog', 'Pagina'],
      ['en', 'Blog pages', 'Page'],
    ] as const) {
      // What an anonymous visitor may read in this locale: at least 10 posts now (seeded + 8).
      const { totalDocs: total } = (await (await request.get(`/api/posts?locale=${locale}&limit=1&depth=0`)).json()) as { totalDocs: number }
      expect(total).toBeGreaterThanOrEqual(10)
      const pages = Math.ceil(total / 9)
      await page.goto(`/${locale}/blog`)
      await expect(cardTitles(page)).toHaveCount(9)
      const pagination = page.getByRole('navigation', { name: label })
      await expect(pagination.getByRole('link', { name: `${pageName} 2` })).toBeVisible()
      await pagination.getByRole('link', { name: `${pageName} 2` }).click()
      await expect(page).toHaveURL(new RegExp(`/${locale}/blog\\?page=2$`))
      await expect(cardTitles(page)).toHaveCount(Math.min(9, total - 9))
      await expect(page.getByRole('navigation', { name: label }).locator('[aria-current="page"]')).toContainText(`${pageName} 2`)
      expect((await page.goto(`/${locale}/blog?page=${pages}`))?.status()).toBe(200)
      expect((await page.goto(`/${locale}/blog?page=${pages + 1}`))?.status()).toBe(404)
    }
  })
})

test('the plain blog list comes from the render cache; a page number, a filter or a notice renders it per request', async ({ request }) => {
  const firstCard = (html: string) => /<article[^>]*>.*?<h3[^>]*><a href="([^"]+)"/s.exec(html)?.[1]
  for (const path of ['/it/blog', '/en/blog']) {
    await request.get(path)
    const again = await request.get(path)
    expect(again.status()).toBe(200)
    expect(again.headers()['x-nextjs-cache']).toBe('HIT')
    const first = firstCard(await again.text())
    expect(first).toMatch(new RegExp(`^${path}/`))
    const paged = await request.get(`${path}?page=1`)
    expect(paged.status()).toBe(200)
    expect(paged.headers()['x-nextjs-cache']).toBeUndefined()
    expect(firstCard(await paged.text())).toBe(first)
    expect((await request.get(`${path}?page=9999`)).status()).toBe(404)
    expect((await request.get(`${path}?tag=nessun-tag-cosi`)).status()).toBe(404)
  }
})
