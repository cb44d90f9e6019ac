import { expect, type Page, test } from '@playwright/test'
import { eventsData } from '../../src/seed/content/events/data'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { fanoMeetupPost } from '../../src/seed/content/posts/fanoMeetup'

/** The seeded events (src/seed/content/events): one in 2014, three upcoming, one of them cancelled. */
const { collaboratorio, fanoMeetup, erasmusWorkshop, creativeEuropeOnline } = eventsData(new Date())
const list = { it: '/it/eventi', en: '/en/events' } as const
const eventPath = (locale: 'it' | 'en', event: { it: { slug: string }; en: { slug: string } }) => `${list[locale]}/${event[locale].slug}`

const copy = {
  it: {
    upcoming: 'In programma',
    past: 'Eventi passati',
    details: 'Informazioni pratiche',
    date: /domenica 5 ottobre 2014, 11:00\s?–\s?13:00/,
    shortDate: /5 ott 2014, 11:00\s?–\s?13:00/,
    map: 'Vedi sulla mappa (OpenStreetMap)',
    posts: 'Articoli su questo evento',
    cancelled: 'Annullato',
    cancelledNotice: 'Questo evento è stato annullato: non si terrà nella data indicata.',
    host: 'Ospitato da',
    notFound: 'Pagina non trovata',
  },
  en: {
    upcoming: 'Upcoming',
    past: 'Past events',
    details: 'Practical details',
    date: /Sunday, 5 October 2014, 11:00\s?–\s?13:00/,
    shortDate: /5 Oct 2014, 11:00\s?–\s?13:00/,
    map: 'View on the map (OpenStreetMap)',
    posts: 'Posts about this event',
    cancelled: 'Cancelled',
    cancelledNotice: 'This event has been cancelled: it will not take place on the date shown.',
    host: 'Hosted by',
    notFound: 'Page not found',
  },
} as const

const details = (page: Page, locale: 'it' | 'en') => page.getByRole('complementary', { name: copy[locale].details })

for (const locale of ['it', 'en'] as const) {
  const t = copy[locale]

  test.describe(`events in ${locale}`, () => {
    test('the list shows upcoming events soonest first, then past ones by year', async ({ page }) => {
      const response = await page.goto(list[locale])
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)

      const upcoming = page.getByRole('region', { name: t.upcoming })
      const seeded = [fanoMeetup, erasmusWorkshop, creativeEuropeOnline].map((event) => event[locale].title)
      await expect(upcoming.getByRole('heading', { level: 3 }).first()).toBeVisible()
      const titles = await upcoming.getByRole('heading', { level: 3 }).allTextContents()
      expect(titles.filter((title) => seeded.includes(title))).toEqual(seeded)
      await expect(upcoming.getByRole('link', { name: collaboratorio[locale].title })).toHaveCount(0)
      await expect(upcoming.getByText(t.cancelled, { exact: true })).toBeVisible()

      const past = page.getByRole('region', { name: t.past })
      const years = (await past.getByRole('heading', { level: 3 }).allTextContents()).map(Number)
      expect(years).toContain(2014)
      expect(years).toEqual([...years].sort((a, b) => b - a))
      const year2014 = past.getByRole('region', { name: '2014' })
      await expect(year2014.getByRole('link', { name: collaboratorio[locale].title })).toHaveAttribute('href', eventPath(locale, collaboratorio))
      await expect(year2014.getByText(t.shortDate)).toBeVisible()
    })

    test('an event page shows Rome time, venue, map and the spaces involved', async ({ page }) => {
      const response = await page.goto(eventPath(locale, collaboratorio))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(collaboratorio[locale].title)
      // 11:00 in Rome on 5 October 2014 (summer time) is 09:00 UTC.
      await expect(page.locator('time[datetime="2014-10-05T09:00:00.000Z"]').first()).toHaveText(t.date)

      const facts = details(page, locale)
      await expect(facts.getByText(t.shortDate)).toBeVisible()
      await expect(facts.getByText(collaboratorio.venue[locale])).toBeVisible()
      await expect(facts.getByRole('link', { name: t.map })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=43\.0686&mlon=12\.5505/)
      await expect(facts.getByRole('link', { name: 'LoFoIo' })).toHaveAttribute('href', `/${locale}/${locale === 'it' ? 'spazi' : 'spaces'}/lofoio`)
      await expect(facts.getByRole('link', { name: 'Re-Place' })).toBeVisible()
      // Officina Lieve has no English profile: named, but not linked, in English.
      await expect(facts.getByText('Officina Lieve')).toBeVisible()
      await expect(facts.getByRole('link', { name: 'Officina Lieve' })).toHaveCount(locale === 'it' ? 1 : 0)

      const posts = page.getByRole('region', { name: t.posts })
      await expect(posts.getByRole('link', { name: collaboratorioPost[locale].title })).toHaveAttribute(
        'href',
        `/${locale}/blog/${collaboratorioPost[locale].slug}`,
      )
    })

    test('an event hosted by a space links to it and to the posts about it', async ({ page }) => {
      await page.goto(eventPath(locale, fanoMeetup))
      const facts = details(page, locale)
      await expect(facts.getByText(t.host)).toBeVisible()
      await expect(facts.getByRole('link', { name: 'Warehouse Coworking Factory' })).toHaveAttribute(
        'href',
        `/${locale}/${locale === 'it' ? 'spazi' : 'spaces'}/warehouse-coworking-factory`,
      )
      await expect(page.getByRole('region', { name: t.posts }).getByRole('link', { name: fanoMeetupPost[locale].title })).toBeVisible()
    })

    test('a cancelled event says so, and strikes its date through', async ({ page }) => {
      await page.goto(eventPath(locale, erasmusWorkshop))
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(erasmusWorkshop[locale].title)
      await expect(page.getByText(t.cancelled, { exact: true })).toBeVisible()
      await expect(page.getByRole('note')).toHaveText(t.cancelledNotice)
      await expect(page.locator('s time').first()).toBeVisible()
    })

    test('a bad slug is a localized 404', async ({ page }) => {
      const response = await page.goto(`${list[locale]}/no-such-event-here`)
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound)
    })
  })
}

test('the event page declares its canonical URL and the language versions that exist', async ({ page, baseURL }) => {
  await page.goto(eventPath('en', collaboratorio))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${eventPath('en', collaboratorio)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="it"]')).toHaveAttribute('href', `${baseURL}${eventPath('it', collaboratorio)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}${eventPath('en', collaboratorio)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}${eventPath('it', collaboratorio)}`)
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'en_GB')
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute('content', 'it_IT')
})

test('the language switcher leads to the same event in the other language and back', async ({ page }) => {
  await page.goto(eventPath('it', fanoMeetup))
  await page.getByRole('navigation', { name: 'Lingua' }).getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(new RegExp(`${eventPath('en', fanoMeetup)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fanoMeetup.en.title)
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Italiano' }).click()
  await expect(page).toHaveURL(new RegExp(`${eventPath('it', fanoMeetup)}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(fanoMeetup.it.title)
})

test('the events list pages its past events: page 1 is the list, a page past the last or not a number is a 404', async ({ request }) => {
  for (const locale of ['it', 'en'] as const) {
    // The plain list is a cached page; with a page number it renders per request.
    await request.get(list[locale])
    expect((await request.get(list[locale])).headers()['x-nextjs-cache']).toBe('HIT')
    const first = await request.get(`${list[locale]}?page=1`)
    expect(first.status()).toBe(200)
    expect(first.headers()['x-nextjs-cache']).toBeUndefined()
    for (const page of ['2', '0', 'abc', '1.5', '99999999999999999999']) expect((await request.get(`${list[locale]}?page=${page}`)).status()).toBe(404)
  }
})
