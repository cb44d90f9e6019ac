import { expect, test } from '@playwright/test'
import { logIn, publish } from './setup/adminSession'

test.describe('editing in the admin', () => {
  test('the admin speaks Italian to an Italian browser', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'it-IT' })
    const page = await context.newPage()
    await page.goto('/admin/login')
    await expect(page.locator('button[type="submit"]')).toHaveText(/accedi|login/i)
    await expect(page.getByText(/password dimenticata/i)).toBeVisible()
    await context.close()
  })

  test('an editor writes a post in Italian, translates it, publishes, and the API shows both', async ({ page, request }) => {
    const stamp = Date.now().toString(36)
    const italianTitle = `Nuovo laboratorio in Factory ${stamp}`
    const englishTitle = `New workshop at the Factory ${stamp}`

    await logIn(page)
    await page.goto('/admin/collections/posts/create?locale=it')
    await page.locator('#field-title').fill(italianTitle)
    await page.locator('#field-excerpt').fill('Un pomeriggio di lavoro condiviso.')
    await publish(page)
    await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
    const id = /posts\/(\d+)/.exec(page.url())?.[1]

    const beforeTranslation = await request.get(`/api/posts/${id}?locale=en`)
    expect(beforeTranslation.status()).toBe(404)

    await page.goto(`/admin/collections/posts/${id}?locale=en`)
    await expect(page.locator('#field-title')).toHaveValue('')
    await page.locator('#field-title').fill(englishTitle)
    await page.locator('#field-excerpt').fill('An afternoon of shared work.')
    await publish(page)

    await expect
      .poll(async () => ((await (await request.get(`/api/posts/${id}?locale=en`)).json()) as { title?: string }).title)
      .toBe(englishTitle)
    const italian = (await (await request.get(`/api/posts/${id}?locale=it`)).json()) as { title: string; slug: string }
    expect(italian.title).toBe(italianTitle)
    expect(italian.slug).toBe(`nuovo-laboratorio-in-factory-${stamp}`)
    const english = (await (await request.get(`/api/posts/${id}?locale=en`)).json()) as { slug: string }
    expect(english.slug).toBe(`new-workshop-at-the-factory-${stamp}`)
  })
})
