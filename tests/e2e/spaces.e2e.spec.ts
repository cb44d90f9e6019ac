import { expect, test } from '@playwright/test'
import { eventsData } from '../../src/seed/content/events/data'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { fanoMeetupPost } from '../../src/seed/content/posts/fanoMeetup'
import { spaces } from '../../src/seed/content/spaces/data'

/** The seeded spaces (src/seed/content/spaces): Warehouse at home, five partners, one with no English profile. */
const { collaboratorio, fanoMeetup } = eventsData(new Date())
const list = { it: '/it/spazi', en: '/en/spaces' } as const
const spacePath = (locale: 'it' | 'en', slug: string) => `${list[locale]}/${slug}`

const copy = {
  it: {
    home: 'Il nostro spazio',
    partners: 'Spazi partner',
    tuscany: 'Toscana, Italia',
    events: 'Eventi condivisi',
    upcoming: 'In programma',
    past: 'Passati',
    posts: 'Articoli che lo citano',
    notFound: 'Pagina non trovata',
  },
  en: {
    home: 'Our space',
    partners: 'Partner spaces',
    tuscany: 'Toscana, Italy',
    events: 'Shared events',
    upcoming: 'Upcoming',
    past: 'Past',
    posts: 'Posts that mention it',
    notFound: 'Page not found',
  },
} as const

for (const locale of ['it', 'en'] as const) {
  const t = copy[locale]

  test.describe(`spaces in ${locale}`, () => {
    test('the list puts the home space first, then partners grouped by region', async ({ page }) => {
      const response = await page.goto(list[locale])
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      const cards = page.getByRole('main').getByRole('article')
      await expect(cards.first().getByRole('heading', { level: 3 })).toHaveText(spaces.warehouse.name)
      await expect(cards.first().getByText(t.home, { exact: true })).toBeVisible()

      const partners = page.getByRole('region', { name: t.partners })
      await expect(partners.getByRole('link', { name: spaces.warehouse.name })).toHaveCount(0)
      const tuscany = partners.getByRole('region', { name: t.tuscany })
      await expect(tuscany.getByRole('link', { name: spaces.lofoio.name })).toHaveAttribute('href', spacePath(locale, spaces.lofoio.slug))
      await expect(tuscany.getByRole('link', { name: spaces.combo.name })).toBeVisible()
      await expect(partners.getByRole('region', { name: /Umbria/ }).getByRole('link', { name: spaces.replace.name })).toBeVisible()
      await expect(partners.getByRole('region', { name: /Berlin/ }).getByRole('link', { name: spaces.agora.name })).toBeVisible()
      // A space whose description is not translated is not listed in that language.
      await expect(page.getByRole('link', { name: spaces.officinaLieve.name })).toHaveCount(locale === 'it' ? 1 : 0)
    })

    test('a space page lists the events shared with it and the posts that mention it', async ({ page }) => {
      const response = await page.goto(spacePath(locale, spaces.replace.slug))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(spaces.replace.name)

      const events = page.getByRole('region', { name: t.events })
      await expect(events.getByRole('region', { name: t.upcoming }).getByRole('link', { name: fanoMeetup[locale].title })).toBeVisible()
      const past = events.getByRole('region', { name: t.past })
      await expect(past.getByRole('link', { name: collaboratorio[locale].title })).toHaveAttribute(
        'href',
        `/${locale}/${locale === 'it' ? 'eventi' : 'events'}/${collaboratorio[locale].slug}`,
      )
      await expect(past.getByRole('link', { name: fanoMeetup[locale].title })).toHaveCount(0)

      const posts = page.getByRole('region', { name: t.posts })
      await expect(posts.getByRole('link', { name: fanoMeetupPost[locale].title })).toBeVisible()
      await expect(posts.getByRole('link', { name: collaboratorioPost[locale].title })).toBeVisible()
    })

    test('a bad slug is a localized 404', async ({ page }) => {
      const response = await page.goto(spacePath(locale, 'no-such-space'))
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound)
    })
  })
}

test('a space with no English profile is a 404 in English, and its switcher says so on the list', async ({ page }) => {
  const english = await page.goto(spacePath('en', spaces.officinaLieve.slug))
  expect(english?.status()).toBe(404)

  const italian = await page.goto(spacePath('it', spaces.officinaLieve.slug))
  expect(italian?.status()).toBe(200)
  const switcher = page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' })
  // Through /next/language, which remembers the choice and leads there.
  await expect(switcher).toHaveAttribute('href', `/next/language?${new URLSearchParams({ to: '/en/spaces?only=it' })}`)
  await switcher.click()
  await expect(page).toHaveURL(/\/en\/spaces\?only=it$/)
  await expect(page.getByRole('status')).toHaveText("This space's profile is only available in Italian.")
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Spaces')
})

test('the space page declares its canonical URL and the language versions that exist', async ({ page, baseURL }) => {
  await page.goto(spacePath('it', spaces.lofoio.slug))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${spacePath('it', spaces.lofoio.slug)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}${spacePath('en', spaces.lofoio.slug)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}${spacePath('it', spaces.lofoio.slug)}`)

  // Only the Italian version of Officina Lieve exists: no English alternate.
  await page.goto(spacePath('it', spaces.officinaLieve.slug))
  await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveCount(1)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0)
})

test('the spaces and projects lists are cached pages; the notice renders per request', async ({ request }) => {
  for (const [list, notice] of [
    ['/en/spaces', "This space's profile is only available in Italian."],
    ['/en/projects', 'This project is only described in Italian.'],
  ] as const) {
    await request.get(list)
    const again = await request.get(list)
    expect(again.headers()['x-nextjs-cache'], list).toBe('HIT')
    const withNotice = await request.get(`${list}?only=it`)
    expect(withNotice.status()).toBe(200)
    expect(withNotice.headers()['x-nextjs-cache']).toBeUndefined()
    expect(await withNotice.text()).toContain(notice.replace("'", '&#x27;'))
    // The per-request page never shows the notice on the cached one.
    expect(await again.text()).not.toContain('role="status"')
  }
})
