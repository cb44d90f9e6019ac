import { expect, test } from '@playwright/test'
import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'
import { demoEditor } from './setup/demoAccounts'

test('SEO fields generate per locale and preview the real English address', async ({ page, request }) => {
  const found = (await (await request.get(`/api/posts?locale=en&where[slug][equals]=${collaboratorioPost.en.slug}`)).json()) as {
    docs: { id: number }[]
  }
  const id = found.docs[0]?.id
  expect(id).toBeTruthy()

  await page.goto('/admin/login')
  await page.locator('input[name="email"]').fill(demoEditor.email)
  await page.locator('input[name="password"]').fill(demoEditor.password)
  await page.locator('button[type="submit"]').click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  await page.goto(`/admin/collections/posts/${id}?locale=en`)
  const title = page.locator('#field-meta__title')
  await expect(title).toHaveValue('')
  await page.getByRole('button', { name: 'Generazione automatica' }).first().click()
  await expect(title).toHaveValue(`${collaboratorioPost.en.title} · Warehouse Coworking Factory`)
  await page.getByRole('button', { name: 'Generazione automatica' }).nth(1).click()
  await expect(page.locator('#field-meta__description')).toHaveValue(/^At Fai la Cosa Giusta!/)
  await expect(page.getByText(`/en/blog/${collaboratorioPost.en.slug}`)).toBeVisible()
})
