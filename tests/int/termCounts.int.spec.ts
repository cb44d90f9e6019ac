import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'
import { drizzleOf } from '@/db/drizzleOf'
import type { Locale } from '@/i18n/locales'
import { findTaxonomies } from '@/lib/cms/posts/queries'
import { sql } from '@payloadcms/db-postgres'
import { testPayload } from './setup/payload'

let payload: Payload
const run = Date.now().toString(36)
const terms = { first: 0, second: 0, tag: 0 }
const slugs = {
  first: { it: `prima-${run}`, en: `first-${run}` },
  second: { it: `seconda-${run}`, en: `second-${run}` },
  tag: { it: `etichetta-${run}`, en: `label-${run}` },
}

/** The filter's count of one term in one locale, as a visitor's list shows it (undefined: not in the filter). */
async function countOf(term: keyof typeof slugs, locale: Locale) {
  const { categories, tags } = await findTaxonomies(payload, locale)
  return [...categories, ...tags].find((shown) => shown.slug === slugs[term][locale])?.count
}

/**
 * Every term's kept count (stored plus changes not yet folded) against an aggregate over the
 * relations, in one statement, so that other files' writes cannot fall between the two reads.
 */
async function keptCountsDifferingFromRelations() {
  const { rows } = await drizzleOf(payload).execute(sql`
    WITH actual AS (SELECT s.locale, r.path, coalesce(r.categories_id, r.tags_id) AS term_id, count(*)::int AS count
        FROM posts_rels r JOIN posts p ON p.id = r.parent_id
        CROSS JOIN LATERAL (VALUES ('it', p.available_in_it), ('en', p.available_in_en)) AS s(locale, shown)
        WHERE r.path IN ('categories', 'tags') AND p._status = 'published' AND s.shown GROUP BY 1, 2, 3),
      kept AS (SELECT locale, path, term_id, sum(count)::int AS count FROM (
          SELECT locale, path, term_id, count FROM post_term_counts
          UNION ALL SELECT locale, path, term_id, change FROM post_term_count_changes) AS rows
        GROUP BY 1, 2, 3 HAVING sum(count) <> 0)
    SELECT * FROM actual FULL JOIN kept USING (locale, path, term_id) WHERE actual.count IS DISTINCT FROM kept.count`)
  return rows
}

async function createTerm(collection: 'categories' | 'tags', name: keyof typeof slugs) {
  const doc = await payload.create({ collection, locale: 'it', data: { title: `It ${name} ${run}`, slug: slugs[name].it, generateSlug: false } })
  await payload.update({ collection, id: doc.id, locale: 'en', data: { title: `En ${name} ${run}`, slug: slugs[name].en, generateSlug: false } })
  return doc.id
}

const createItalianPost = (title: string, categories: number[]) =>
  payload.create({
    collection: 'posts',
    locale: 'it',
    data: { title, slug: '', excerpt: 'Sommario', publishedAt: '1991-01-01T10:00:00.000Z', categories, tags: [terms.tag], _status: 'published' },
  })

beforeAll(async () => {
  payload = await testPayload()
  terms.first = await createTerm('categories', 'first')
  terms.second = await createTerm('categories', 'second')
  terms.tag = await createTerm('tags', 'tag')
})

describe("the blog filter's counts, kept by the database", () => {
  it('count a published post in its locale only, then in English once translated', async () => {
    const post = await createItalianPost(`Conteggi ${run}`, [terms.first])
    expect([await countOf('first', 'it'), await countOf('tag', 'it'), await countOf('first', 'en')]).toEqual([1, 1, undefined])

    await payload.update({ collection: 'posts', id: post.id, locale: 'en', data: { title: `Counts ${run}`, excerpt: 'Excerpt', _status: 'published' } })
    expect([await countOf('first', 'it'), await countOf('first', 'en'), await countOf('tag', 'en')]).toEqual([1, 1, 1])
    expect(await keptCountsDifferingFromRelations()).toEqual([])
  })

  it('move with a change of category, leave with an unpublish, come back with a publish', async () => {
    const post = await createItalianPost(`Spostato ${run}`, [terms.first])
    expect(await countOf('first', 'it')).toBe(2)

    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { categories: [terms.second] } })
    expect([await countOf('first', 'it'), await countOf('second', 'it')]).toEqual([1, 1])

    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { _status: 'draft' } })
    expect([await countOf('second', 'it'), await countOf('tag', 'it')]).toEqual([undefined, 1])

    await payload.update({ collection: 'posts', id: post.id, locale: 'it', data: { _status: 'published' } })
    expect([await countOf('second', 'it'), await countOf('tag', 'it')]).toEqual([1, 2])
    expect(await keptCountsDifferingFromRelations()).toEqual([])
  })

  it('leave no count behind a deleted post or a deleted term', async () => {
    const post = await createItalianPost(`Cancellato ${run}`, [terms.first, terms.second])
    expect([await countOf('first', 'it'), await countOf('second', 'it')]).toEqual([2, 2])

    await payload.delete({ collection: 'posts', id: post.id })
    expect([await countOf('first', 'it'), await countOf('second', 'it'), await countOf('tag', 'it')]).toEqual([1, 1, 2])

    await payload.delete({ collection: 'categories', id: terms.second })
    expect(await keptCountsDifferingFromRelations()).toEqual([])
  })

  it('stay exact when several posts are written at once', async () => {
    await Promise.all(Array.from({ length: 6 }, (_, index) => createItalianPost(`Insieme ${index} ${run}`, [terms.first])))
    expect(await countOf('first', 'it')).toBe(7)
    expect(await keptCountsDifferingFromRelations()).toEqual([])
  })
})
