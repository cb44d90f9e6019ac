import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, type Page, test } from '@playwright/test'
import sharp from 'sharp'
import { editorInAdmin } from './setup/adminSession'

const shots = process.env.E2E_SHOTS ?? '/tmp/issue17-shots'
mkdirSync(shots, { recursive: true })
const MB = 1024 * 1024
let dir: string

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'issue17-upload-'))
})
test.afterAll(() => rmSync(dir, { recursive: true, force: true }))
test.setTimeout(180_000)

/** A 6000 × 4000 JPEG as a camera writes it, heavier than Payload's default limit (20 MB). */
async function cameraPhoto(): Promise<string> {
  const file = path.join(dir, 'DSC_0042.JPG')
  const noise = randomBytes(6000 * 4000 * 3)
  await sharp(noise, { raw: { width: 6000, height: 4000, channels: 3 } }).jpeg({ quality: 96 }).toFile(file)
  return file
}


async function uploadIn(page: Page, file: string, alt: string) {
  await page.goto('/admin/collections/media/create?locale=it')
  await page.locator('input[type="file"]').setInputFiles(file)
  await page.locator('#field-alt').fill(alt)
  await page.locator('#action-save').click()
}

test('a camera-sized photo is accepted, and the original kept is reduced', async ({ browser }) => {
  const photo = await cameraPhoto()
  const bytes = statSync(photo).size
  expect(bytes).toBeGreaterThan(20 * MB)
  expect(bytes).toBeLessThan(40 * MB)

  const page = await editorInAdmin(browser, 'it')
  await uploadIn(page, photo, 'Scrivanie condivise alla Factory')
  await expect(page).toHaveURL(/\/admin\/collections\/media\/\d+/, { timeout: 60_000 })
  await page.screenshot({ path: `${shots}/upload-camera-it.png` })
  const id = /media\/(\d+)/.exec(page.url())?.[1]
  const media = (await (await page.request.get(`/api/media/${id}?depth=0`)).json()) as { width: number; height: number; filesize: number; url: string }
  expect(media).toMatchObject({ width: 2560, height: 1707 })
  expect(media.filesize).toBeLessThan(bytes / 4)
  const original = await page.request.get(media.url)
  expect(original.status()).toBe(200)
  expect((await original.body()).length).toBe(media.filesize)
  await page.context().close()
})

for (const language of ['it', 'en'] as const) {
  test(`a file too big or of the wrong type is refused with the reason, in the ${language} admin`, async ({ browser }) => {
    const tooBig = path.join(dir, 'panorama.jpg')
    // JPEG's first bytes, then 41 MB: the limit stops the upload before anything reads the image.
    writeFileSync(tooBig, Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(41 * MB)]))
    const wrongType = path.join(dir, 'programma.txt')
    writeFileSync(wrongType, 'Programma della giornata\n')
    const expected =
      language === 'it'
        ? { tooBig: /supera 40 MB, il massimo accettato/, wrongType: /tipo di file non è accettato.*JPEG, PNG, WebP, AVIF o GIF/ }
        : { tooBig: /larger than 40 MB, the most we accept/, wrongType: /type of file is not accepted.*JPEG, PNG, WebP, AVIF or GIF/ }

    const page = await editorInAdmin(browser, language)
    await uploadIn(page, tooBig, 'Panorama')
    await expect(page.locator('.payload-toast-container')).toContainText(expected.tooBig, { timeout: 30_000 })
    await page.screenshot({ path: `${shots}/upload-too-big-${language}.png` })

    await uploadIn(page, wrongType, 'Programma')
    await expect(page.locator('.payload-toast-container')).toContainText(expected.wrongType, { timeout: 30_000 })
    await page.screenshot({ path: `${shots}/upload-wrong-type-${language}.png` })
    await page.context().close()
  })
}
