import path from 'node:path'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'
import { publicRead } from '@/lib/cms/read/publicRead'
import { hasPage } from '@/lib/cms/shared/linkViews'
import { findSpaces } from '@/lib/cms/spaces/queries'
import { sortSpaces, spaceSummaryFields, toSpaceSummary } from '@/lib/cms/spaces/views'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)

/** The list as Payload's own read gives it: every space with its logo, kept where it is described in the locale. */
async function throughPayload(locale: Locale) {
  const { docs } = await payload.find({ collection: 'spaces', pagination: false, depth: 1, select: { ...spaceSummaryFields, availableIn: true }, ...publicRead(locale) })
  return sortSpaces(docs.filter((space) => hasPage(space, locale)).map(toSpaceSummary))
}

beforeAll(async () => {
  payload = await testPayload()
  const logo = await payload.create({ collection: 'media', locale: 'it', filePath: path.resolve('src/seed/images/wcf-desks.jpg'), data: { alt: 'Il logo' } })
  await payload.update({ collection: 'media', id: logo.id, locale: 'en', data: { alt: 'The logo' } })
  const space = (name: string, data: Record<string, unknown>) =>
    payload.create({ collection: 'spaces', locale: 'it', data: { name: `${name} ${run}`, slug: '', kind: 'partner', city: 'Fano', country: 'IT', ...data } })
  const withLogo = await space('Spazio con logo', { region: 'Marche', logo: logo.id, description: richText(['Scrivanie sul mare.']) })
  await payload.update({ collection: 'spaces', id: withLogo.id, locale: 'en', data: { description: richText(['Desks by the sea.']) } })
  await space('Spazio solo italiano', { region: 'Marche', description: richText(['Solo in italiano.']) })
  await space('Spazio senza descrizione', { region: 'Umbria' })
  await space('Ágora', { region: '  ', country: 'ES', city: 'Madrid', description: richText(['Un espacio.']) })
})

describe('the spaces list read in SQL', () => {
  it.each(['it', 'en'] as const)('is the list Payload reads in %s: the same spaces, order, excerpts and logos', async (locale) => {
    const listed = await findSpaces(payload, locale)
    expect(listed).toEqual(await throughPayload(locale))
    const names = listed.map((space) => space.name)
    expect(names).toContain(`Spazio con logo ${run}`)
    expect(names).not.toContain(`Spazio senza descrizione ${run}`)
    expect(names.includes(`Spazio solo italiano ${run}`)).toBe(locale === 'it')
    const logo = listed.find((space) => space.name === `Spazio con logo ${run}`)?.logo
    expect(logo).toMatchObject({ alt: locale === 'it' ? 'Il logo' : 'The logo', width: 320, height: 240 })
    expect(logo?.src).toMatch(/^\/api\/media\/file\/.+\.webp$/)
  })
})
