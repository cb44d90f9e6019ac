import { expect, test } from '@playwright/test'
import { logIn } from './setup/adminSession'
import { scheduleAtNextMinute } from './setup/scheduling'

test.use({ locale: 'it-IT', timezoneId: 'Europe/Rome' })
// Due at the next whole minute; the e2e server looks for due jobs every 5 s.
test.setTimeout(180_000)

test('a post scheduled for publication appears on the site at its time, and not before', async ({ page, request }) => {
  const title = `Aperitivo di fine anno ${Date.now().toString(36)}`
  await logIn(page)
  await page.goto('/admin/collections/posts/create?locale=it')
  await page.locator('#field-title').fill(title)
  await expect(page).toHaveURL(/\/admin\/collections\/posts\/\d+/)
  const id = /posts\/(\d+)/.exec(page.url())?.[1]
  const draft = async () =>
    page.evaluate(async (id) => (await fetch(`/api/posts/${id}?locale=it&draft=true&depth=0`)).json(), id) as Promise<{ title?: string; slug?: string }>
  await expect.poll(draft).toMatchObject({ title })
  const { slug } = await draft()

  const at = await scheduleAtNextMinute(page, 'publish')
  expect((await request.get(`/it/blog/${slug}`)).status()).toBe(404)
  await expect
    .poll(async () => (await request.get(`/it/blog/${slug}`)).status(), { timeout: at.getTime() - Date.now() + 60_000, intervals: [2_000] })
    .toBe(200)
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime())
  await expect((await request.get('/it/blog')).text()).resolves.toContain(title)
})
