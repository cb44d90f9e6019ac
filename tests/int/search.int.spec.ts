import { sql, type PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Locale } from '@/i18n/locales'
import { searchDocuments } from '@/lib/cms/search/searchDocuments'
import { searchStatement } from '@/lib/cms/search/searchStatement'
import { richText } from '@/seed/lexical'
import { testPayload } from './setup/payload'

let payload: Payload

beforeAll(async () => {
  payload = await testPayload()
})

// Every document here carries a made-up word, so documents of other test files never match.
const found = async (locale: Locale, query: string) =>
  (await searchDocuments(payload, { locale, query, limit: 50 })).results.map(({ collection, id }) => `${collection}:${id}`)

async function post(locale: Locale, fields: { title: string; excerpt?: string; content?: string }, draft = false) {
  return payload.create({
    collection: 'posts',
    locale,
    draft,
    data: { title: fields.title, slug: '', excerpt: fields.excerpt, content: fields.content ? richText([fields.content]) : undefined, _status: draft ? 'draft' : 'published' },
  })
}

const unrelatedDocuments = [
  ...['posts', 'events', 'projects', 'pages'].map(
    (table) => `WITH m AS (INSERT INTO ${table} (_status, available_in_it, available_in_en) SELECT 'published', true, true FROM generate_series(1, 1000) RETURNING id)
      INSERT INTO ${table}_locales (_locale, _parent_id, title) SELECT locale::_locales, m.id, md5(m.id::text) FROM m, unnest(ARRAY['it', 'en']) AS locale`,
  ),
  `WITH m AS (INSERT INTO spaces (name, city, slug, available_in_it, available_in_en) SELECT md5(i::text), 'Nowhere', 'unrelated-' || i, true, true FROM generate_series(1, 1000) AS i RETURNING id)
    INSERT INTO spaces_locales (_locale, _parent_id, description) SELECT locale::_locales, m.id, jsonb_build_object('text', md5(m.id::text)) FROM m, unnest(ARRAY['it', 'en']) AS locale`,
  'ANALYZE posts, posts_locales, events, events_locales, projects, projects_locales, spaces, spaces_locales, pages, pages_locales',
]

describe('search', () => {
  it('stems Italian: "spazi" finds a post that says "spazio"', async () => {
    const doc = await post('it', { title: 'Nuovo arrivo quokkarium', content: 'Apre uno spazio per chi lavora da remoto.' })
    expect(await found('it', 'spazi quokkarium')).toEqual([`posts:${doc.id}`])
  })

  it('stems English: "events" finds an event that says "event"', async () => {
    const event = await payload.create({
      collection: 'events',
      locale: 'en',
      data: { title: 'Wombatique evening', slug: '', summary: 'An event for makers.', start: '2030-05-01T17:00:00.000Z', start_tz: 'Europe/Rome', end_tz: 'Europe/Rome', status: 'scheduled', _status: 'published' },
    })
    expect(await found('en', 'events wombatique')).toEqual([`events:${event.id}`])
  })

  it('finds projects by hashtag and spaces by name and city', async () => {
    const project = await payload.create({
      collection: 'projects',
      locale: 'it',
      data: { title: 'Progetto europeo', slug: '', hashtag: '#Numbatopia', programme: 'local', status: 'active', _status: 'published' },
    })
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: 'Casa Numbatopia', slug: '', kind: 'partner', city: 'Brescia', country: 'IT', description: richText(['Scrivanie e sale riunioni.']) },
    })
    expect((await found('it', 'numbatopia')).sort()).toEqual([`projects:${project.id}`, `spaces:${space.id}`].sort())
    expect(await found('it', 'numbatopia brescia')).toEqual([`spaces:${space.id}`])
  })

  it('does not find in English what is written only in Italian', async () => {
    const doc = await post('it', { title: 'Solo italiano dugongoide' })
    const space = await payload.create({
      collection: 'spaces',
      locale: 'it',
      data: { name: 'Spazio dugongoide', slug: '', kind: 'partner', city: 'Lecco', country: 'IT', description: richText(['Solo in italiano.']) },
    })
    // Saving the space in English writes an English row, without a description: still untranslated.
    await payload.update({ collection: 'spaces', id: space.id, locale: 'en', data: { region: 'Lombardia' } })
    expect((await found('it', 'dugongoide')).sort()).toEqual([`posts:${doc.id}`, `spaces:${space.id}`].sort())
    expect(await found('en', 'dugongoide')).toEqual([])
  })

  it('never finds a draft, an unpublished document or the words of a newer draft', async () => {
    await post('it', { title: 'Bozza tapirosa' }, true)
    const unpublished = await post('it', { title: 'Ritirato tapirosa' })
    await payload.update({ collection: 'posts', id: unpublished.id, locale: 'it', data: { _status: 'draft' } })
    const published = await post('it', { title: 'Pubblicato okapino' })
    await payload.update({ collection: 'posts', id: published.id, locale: 'it', draft: true, data: { content: richText(['Parola tapirosa']) } })
    const draftVersion = await payload.findByID({ collection: 'posts', id: published.id, locale: 'it', draft: true })
    expect(JSON.stringify(draftVersion.content)).toContain('tapirosa')

    expect(await found('it', 'tapirosa')).toEqual([])
    expect(await found('it', 'okapino')).toEqual([`posts:${published.id}`])
  })

  it('finds a published page by a word of its blocks, in the locale it is published in only', async () => {
    const layout = (answer: string) => [
      { blockType: 'faq' as const, heading: 'Domande', items: [{ question: 'Si può portare il cane?', answer }] },
      { blockType: 'richText' as const, content: richText(['Scrivanie luminose al piano terra.']) },
    ]
    const page = await payload.create({
      collection: 'pages',
      locale: 'it',
      data: { title: 'Regole della casa', slug: 'regole-casa-test', generateSlug: false, layout: layout('Sì, il cane armadillaccio è benvenuto.'), _status: 'published' },
    })
    await payload.create({
      collection: 'pages',
      locale: 'it',
      draft: true,
      data: { title: 'Bozza armadillaccio', slug: 'bozza-armadillaccio', generateSlug: false, layout: layout('armadillaccio'), _status: 'draft' },
    })
    expect(await found('it', 'armadillaccio')).toEqual([`pages:${page.id}`])
    expect(await found('it', 'scrivania luminosa armadillaccio')).toEqual([`pages:${page.id}`])
    const [result] = (await searchDocuments(payload, { locale: 'it', query: 'armadillaccio' })).results
    expect(result?.slug).toBe('regole-casa-test')
    expect(result?.snippet.find((part) => part.match)?.text).toBe('armadillaccio')
    // Not translated: not found in English; translated: found by its English words only.
    expect(await found('en', 'armadillaccio')).toEqual([])
    await payload.update({
      collection: 'pages',
      id: page.id,
      locale: 'en',
      data: { title: 'House rules', slug: 'house-rules-test', generateSlug: false, layout: layout('Yes, dogs are welcome at the pangolotto desk.'), _status: 'published' },
    })
    expect(await found('en', 'pangolotto')).toEqual([`pages:${page.id}`])
    expect(await found('it', 'pangolotto')).toEqual([])
  })

  it('ranks a title match above a body match, pages and counts', async () => {
    const inBody = await post('it', { title: 'Notizie della settimana', content: 'Si parla anche di lemurello.' })
    const inTitle = await post('it', { title: 'Il lemurello arriva', content: 'Una storia breve.' })
    expect(await found('it', 'lemurello')).toEqual([`posts:${inTitle.id}`, `posts:${inBody.id}`])

    const second = await searchDocuments(payload, { locale: 'it', query: 'lemurello', limit: 1, offset: 1 })
    expect(second.total).toBe(2)
    expect(second.results.map(({ id }) => id)).toEqual([inBody.id])
    expect((await searchDocuments(payload, { locale: 'it', query: 'lemurello', offset: 10 })).total).toBe(2)
  })

  it('lists, ranks and counts the newest matches of a very common word and says there are more', async () => {
    const dated = async (title: string, content: string, publishedAt: string) => {
      const doc = await post('it', { title, content })
      return payload.update({ collection: 'posts', id: doc.id, locale: 'it', data: { publishedAt } })
    }
    // The oldest has the word in its title (the best rank), but only the two newest are listed.
    const oldest = await dated('Il formichiere antico', 'Parola comune.', '2001-01-01T10:00:00.000Z')
    const middle = await dated('Notizie', 'Il formichiere di mezzo.', '2002-01-01T10:00:00.000Z')
    const newest = await dated('Il formichiere nuovo', 'Parola comune.', '2003-01-01T10:00:00.000Z')
    const { drizzle } = payload.db as unknown as PostgresAdapter
    const run = async (cap: number) =>
      (await drizzle.execute<{ total: number; more: boolean; id: number }>(searchStatement({ locale: 'it', query: 'formichiere', limit: 10, offset: 0, cap }))).rows
    const capped = await run(2)
    expect(capped.map((row) => row.id)).toEqual([newest.id, middle.id])
    expect(capped[0]).toMatchObject({ total: 2, more: true })
    // With room for all three, the title matches come first, newest first, and nothing is left out.
    const all = await run(500)
    expect(all.map((row) => row.id)).toEqual([newest.id, oldest.id, middle.id])
    expect(all[0]).toMatchObject({ total: 3, more: false })
  })

  it('highlights the match in a snippet that cannot carry stored markup', async () => {
    await post('it', {
      title: 'Sicurezza',
      excerpt: 'Un <img src=x onerror=alert(1)> "pangolinesco" & co \u0002 < 3',
      content: 'Testo <script>alert("x")</script> dello spazio pangolinesco.',
    })
    const [result] = (await searchDocuments(payload, { locale: 'it', query: 'pangolinesco' })).results
    const matched = result?.snippet.filter((part) => part.match).map((part) => part.text)
    expect(matched?.length).toBeGreaterThan(0)
    expect(new Set(matched)).toEqual(new Set(['pangolinesco']))
    const text = result?.snippet.map((part) => part.text).join('') ?? ''
    expect(text).toContain('& co')
    expect(text).toContain('< 3')
    // The marker planted in the content is not taken for a match.
    expect(text).not.toContain('\u0002')
  })

  it('cuts a long document at a whole word for its snippet, and keeps a short one whole', async () => {
    await post('it', { title: 'Breve', content: 'Alla fine si parla di formicaleone' })
    const [short] = (await searchDocuments(payload, { locale: 'it', query: 'formicaleone' })).results
    expect(short?.snippet.find((part) => part.match)?.text).toBe('formicaleone')
    // 3,000 characters end inside "zanzarona": the snippet never shows a piece of it.
    await post('it', { title: 'Lunga vespone', content: `${'x'.repeat(2986)} vespone zanzarona fine` })
    const [long] = (await searchDocuments(payload, { locale: 'it', query: 'vespone' })).results
    const text = long?.snippet.map((part) => part.text).join('') ?? ''
    expect(text).toContain('vespone')
    expect(text).not.toMatch(/zanz/)
  })

  it('answers a blank query without asking the database, and refuses a very long one', async () => {
    expect(await searchDocuments({} as Payload, { locale: 'it', query: '   ' })).toEqual({ total: 0, more: false, results: [] })
    expect(await found('it', 'il "( & !')).toEqual([])
    await expect(searchDocuments(payload, { locale: 'it', query: 'x'.repeat(201) })).rejects.toThrow()
  })

  it.each(['it', 'en'] as const)('uses the full-text indexes when searching in %s', async (locale) => {
    const { drizzle } = payload.db as unknown as PostgresAdapter
    let plan = ''
    // A thousand unrelated documents per collection, only inside a transaction that is rolled back:
    // on a nearly empty table the planner rightly prefers to read it whole.
    const rolledBack = drizzle.transaction(async (tx) => {
      for (const statement of unrelatedDocuments) await tx.execute(sql.raw(statement))
      const { rows } = await tx.execute<{ 'QUERY PLAN': string }>(sql`EXPLAIN ${searchStatement({ locale, query: 'spazio', limit: 10, offset: 0 })}`)
      plan = rows.map((row) => row['QUERY PLAN']).join('\n')
      tx.rollback()
    })
    await expect(rolledBack).rejects.toThrow('Rollback')
    for (const table of ['posts_locales', 'events_locales', 'projects_locales', 'projects', 'spaces_locales', 'spaces', 'pages_locales']) {
      const index = table.endsWith('_locales') ? `${table}_search_vector_${locale}_idx` : `${table}_search_${locale}_idx`
      // The index is named in the plan whichever scan the planner picks (bitmap, index or index-only).
      expect(plan).toContain(index)
    }
  })
})
