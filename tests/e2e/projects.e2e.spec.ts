import { type APIRequestContext, expect, test } from '@playwright/test'
import { eventsData } from '../../src/seed/content/events/data'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { projects } from '../../src/seed/content/projects/data'
import { demoEditor } from './setup/demoAccounts'

/** The seeded projects (src/seed/content/projects): five, one per programme and two local ones. */
const { erasmusWorkshop } = eventsData(new Date())
const list = { it: '/it/progetti', en: '/en/projects' } as const
const projectPath = (locale: 'it' | 'en', slug: string) => `${list[locale]}/${slug}`
const { appleseed } = projects

const copy = {
  it: {
    programmes: ['Erasmus+', 'Europa Creativa', 'Horizon 2020', 'Locale'],
    details: 'Il progetto in breve',
    period: /settembre 2015\s?–\s?agosto 2016/,
    status: 'In preparazione',
    funding: 'Finanziamento',
    events: 'Eventi del progetto',
    posts: 'Articoli sul progetto',
    germany: 'Berlin, Germania',
    notFound: 'Pagina non trovata',
  },
  en: {
    programmes: ['Erasmus+', 'Creative Europe', 'Horizon 2020', 'Local'],
    details: 'The project at a glance',
    period: /September 2015\s?–\s?August 2016/,
    status: 'Planned',
    funding: 'Funding',
    events: 'Project events',
    posts: 'Posts about the project',
    germany: 'Berlin, Germany',
    notFound: 'Page not found',
  },
} as const

for (const locale of ['it', 'en'] as const) {
  const t = copy[locale]

  test.describe(`projects in ${locale}`, () => {
    test('the list shows every project with its programme badge', async ({ page }) => {
      const response = await page.goto(list[locale])
      expect(response?.status()).toBe(200)
      await expect(page.locator('html')).toHaveAttribute('lang', locale)
      for (const project of Object.values(projects)) {
        await expect(page.getByRole('link', { name: project[locale].title, exact: true })).toHaveAttribute('href', projectPath(locale, project[locale].slug))
      }
      const appleseedCard = page.getByRole('article').filter({ has: page.getByRole('link', { name: appleseed[locale].title, exact: true }) })
      await expect(appleseedCard.getByText('Erasmus+', { exact: true })).toBeVisible()
      for (const programme of t.programmes) await expect(page.getByText(programme, { exact: true }).first()).toBeVisible()
    })

    test('a project page shows its partners, period, status, funding, events and posts', async ({ page }) => {
      const response = await page.goto(projectPath(locale, appleseed[locale].slug))
      expect(response?.status()).toBe(200)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(appleseed[locale].title)

      const facts = page.getByRole('complementary', { name: t.details })
      await expect(facts.getByText(t.period)).toBeVisible()
      await expect(facts.getByText(t.status, { exact: true })).toBeVisible()
      // A partner that is one of our spaces links to it; an outside organisation is named with its country.
      await expect(facts.getByRole('link', { name: 'Agorà Collettive' })).toHaveAttribute(
        'href',
        `/${locale}/${locale === 'it' ? 'spazi' : 'spaces'}/agora-collettive`,
      )
      await expect(facts.getByText(t.germany)).toBeVisible()
      const university = facts.getByText('Università degli Studi di Urbino Carlo Bo')
      await expect(university).toBeVisible()
      // The organisation's name is not translated: on the English page it says it is Italian.
      if (locale === 'en') await expect(facts.locator('[lang="it"]', { hasText: 'Università degli Studi di Urbino' })).toHaveCount(1)

      await expect(page.getByRole('region', { name: t.funding })).toContainText(appleseed[locale].funding ?? 'missing')
      await expect(page.getByRole('region', { name: t.events }).getByRole('link', { name: erasmusWorkshop[locale].title })).toBeVisible()
      await expect(page.getByRole('region', { name: t.posts }).getByRole('link', { name: collaboratorioPost[locale].title })).toBeVisible()
    })

    test('a bad slug is a localized 404', async ({ page }) => {
      const response = await page.goto(projectPath(locale, 'no-such-project'))
      expect(response?.status()).toBe(404)
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(t.notFound)
    })
  })
}

test('the project page declares its canonical URL and the language versions that exist', async ({ page, baseURL }) => {
  const { creativeEurope } = projects
  await page.goto(projectPath('it', creativeEurope.it.slug))
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}${projectPath('it', creativeEurope.it.slug)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', `${baseURL}${projectPath('en', creativeEurope.en.slug)}`)
  await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute('href', `${baseURL}${projectPath('it', creativeEurope.it.slug)}`)
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', 'it_IT')
})

test.describe('a slug an editor changed', () => {
  let staff: APIRequestContext
  let id: number
  const { fuoriExpo } = projects
  const renamed = `${fuoriExpo.en.slug}-2015`

  test.beforeAll(async ({ playwright, baseURL }) => {
    const anonymous = await playwright.request.newContext({ baseURL })
    const login = await anonymous.post('/api/users/login', { data: demoEditor })
    const { token } = (await login.json()) as { token: string }
    staff = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
    const found = await anonymous.get(`/api/projects?locale=en&where[slug][equals]=${fuoriExpo.en.slug}`)
    id = ((await found.json()) as { docs: { id: number }[] }).docs[0].id
    await anonymous.dispose()
  })

  test.afterAll(async () => {
    await staff.patch(`/api/projects/${id}?locale=en`, { data: { slug: fuoriExpo.en.slug, _status: 'published' } })
    await staff.dispose()
  })

  test('redirects permanently to the current one, in its locale only', async ({ request }) => {
    await request.get(projectPath('en', fuoriExpo.en.slug)) // cached before the change
    const edited = await staff.patch(`/api/projects/${id}?locale=en`, { data: { slug: renamed, _status: 'published' } })
    expect(edited.ok(), await edited.text()).toBe(true)

    const old = await request.get(projectPath('en', fuoriExpo.en.slug), { maxRedirects: 0 })
    expect(old.status()).toBe(308)
    expect(old.headers().location).toMatch(new RegExp(`${projectPath('en', renamed)}$`))
    expect((await request.get(projectPath('en', renamed))).status()).toBe(200)
    // The Italian slug did not change.
    expect((await request.get(projectPath('it', fuoriExpo.it.slug), { maxRedirects: 0 })).status()).toBe(200)
  })
})
