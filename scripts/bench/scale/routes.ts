import pg from 'pg'
import { rareWords } from './text'

/** A route of the bench: how to ask for it, its budget (p95 of uncached requests, ms) and whether it needs the admin's cookie. */
export type BenchRoute = {
  group: 'floor' | 'search' | 'list' | 'feed' | 'sitemap' | 'admin' | 'rest'
  name: string
  path: string
  budgetMs: number
  admin?: boolean
}

const perPage = 9

/** The routes the issue names, with pages, categories and tags read from the generated database. */
export async function benchRoutes(databaseUrl: string, baseUrl: string): Promise<BenchRoute[]> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  try {
    const pages = async (locale: 'it' | 'en') => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM posts WHERE _status = 'published' AND available_in_${locale}`)
      return Math.max(1, Math.ceil(rows[0].n / perPage))
    }
    // The category and tag with the most posts in that locale: their lists have pages to walk.
    const busiestTerm = async (kind: 'categories' | 'tags', locale: 'it' | 'en') => {
      const { rows } = await client.query(
        `SELECT t.slug, count(*)::int AS n FROM posts_rels r JOIN posts p ON p.id = r.parent_id JOIN ${kind}_locales t ON t._parent_id = r.${kind}_id AND t._locale = $1
         WHERE r.path = $2 AND p._status = 'published' AND p.available_in_${locale} GROUP BY t.slug ORDER BY n DESC LIMIT 1`,
        [locale, kind],
      )
      return { slug: rows[0]?.slug as string, pages: Math.max(1, Math.ceil((rows[0]?.n ?? 0) / perPage)) }
    }
    // Past events are listed 24 to a page (PAST_EVENTS_PER_PAGE, src/lib/cms/events/queries.ts).
    const pastEventPages = async () => {
      const { rows } = await client.query(`SELECT count(*)::int AS n FROM events WHERE _status = 'published' AND available_in_it AND coalesce("end", start) < now()`)
      return Math.max(1, Math.ceil(rows[0].n / 24))
    }
    // One after another on the one client (pg refuses overlapping queries on a client).
    const pagesIt = await pages('it')
    const pagesEn = await pages('en')
    const categoryIt = await busiestTerm('categories', 'it')
    const tagEn = await busiestTerm('tags', 'en')
    const eventPages = await pastEventPages()
    const sitemapIndex = await (await fetch(`${baseUrl}/sitemap.xml`)).text()
    const chunks = [...sitemapIndex.matchAll(/<loc>[^<]*(\/sitemap\/[^<]+)<\/loc>/g)].map((match) => match[1])
    const rare = rareWords[3]
    return [
      // The floors the pages stand on, measured the same way: a bare Next page of the same build, and
      // the site's own page shell (header, footer, metadata) around an empty search form.
      { group: 'floor', name: 'floor: bare Next page (static)', path: '/next/bare', budgetMs: 50 },
      { group: 'floor', name: 'floor: shell, no data', path: '/it/cerca', budgetMs: 50 },
      ...(
        [
          ['common it p1', '/it/cerca?q=spazi'],
          ['common it p10', '/it/cerca?q=spazi&page=10'],
          ['two words it', '/it/cerca?q=comunit%C3%A0+progetto'],
          ['rare it', `/it/cerca?q=${rare}`],
          ['common en p1', '/en/search?q=events'],
          ['common en p10', '/en/search?q=events&page=10'],
          ['rare en', `/en/search?q=${rare}`],
        ] as const
      ).map(([name, path]) => ({ group: 'search' as const, name, path, budgetMs: 50 })),
      ...(
        [
          ['blog it first', '/it/blog'],
          ['blog it middle', `/it/blog?page=${Math.ceil(pagesIt / 2)}`],
          ['blog it last', `/it/blog?page=${pagesIt}`],
          ['blog en first', '/en/blog'],
          ['blog en last', `/en/blog?page=${pagesEn}`],
          ['blog it category', `/it/blog?category=${categoryIt.slug}`],
          ['blog it category last', `/it/blog?category=${categoryIt.slug}&page=${categoryIt.pages}`],
          ['blog en tag', `/en/blog?tag=${tagEn.slug}`],
          ['blog en tag last', `/en/blog?tag=${tagEn.slug}&page=${tagEn.pages}`],
          ['events it first', '/it/eventi'],
          ['events it last', `/it/eventi?page=${eventPages}`],
          // Every space and project on one page (100 and 50 in the bench's site).
          ['spaces it', '/it/spazi'],
          ['projects en', '/en/projects'],
        ] as const
      ).map(([name, path]) => ({ group: 'list' as const, name, path, budgetMs: 50 })),
      { group: 'feed', name: 'feed it', path: '/it/feed.xml', budgetMs: 100 },
      { group: 'feed', name: 'feed en', path: '/en/feed.xml', budgetMs: 100 },
      { group: 'sitemap', name: 'sitemap index', path: '/sitemap.xml', budgetMs: 200 },
      ...chunks.slice(0, 4).map((path) => ({ group: 'sitemap' as const, name: `sitemap ${path.split('/').pop()}`, path, budgetMs: 200 })),
      { group: 'admin', name: 'admin home', path: '/admin', budgetMs: 300, admin: true },
      { group: 'admin', name: 'admin translations', path: '/admin/translations', budgetMs: 300, admin: true },
      { group: 'admin', name: 'admin translations posts', path: '/admin/translations?collection=posts&kind=missingEnglish&page=20', budgetMs: 300, admin: true },
      { group: 'rest', name: 'REST posts page 900', path: '/api/posts?page=900&limit=10', budgetMs: 100, admin: true },
    ]
  } finally {
    await client.end()
  }
}
