import pg from 'pg'

/**
 * One request to each kind of route, so that every route group's bundle is loaded: pages, admin,
 * REST, GraphQL, feed, calendar, sitemap, preview card, preview, short links, old-address lookup.
 * Returns each path's status, for a glance that nothing broke.
 */
export async function everyKindOfRoute(baseUrl: string, databaseUrl: string, token: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const first = async (table: string) =>
    (await client.query(`SELECT m.id, l.slug FROM ${table} m JOIN ${table}_locales l ON l._parent_id = m.id AND l._locale = 'it' WHERE m._status = 'published' AND m.available_in_it ORDER BY m.id LIMIT 1`)).rows[0] as { id: number; slug: string }
  const [post, event] = [await first('posts'), await first('events')]
  await client.end()
  const auth = { authorization: `JWT ${token}` }
  const graphql = { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ Posts(limit: 2) { docs { id title } } }' }) }
  const requests: Array<[string, RequestInit?]> = [
    ['/it'],
    ['/en'],
    ['/it/blog'],
    [`/it/blog/${post.slug}`],
    [`/it/eventi/${event.slug}`],
    ['/it/spazi'],
    ['/it/progetti'],
    ['/it/cerca?q=spazi'],
    ['/it/feed.xml'],
    ['/it/calendar.ics'],
    ['/sitemap.xml'],
    ['/sitemap/pages.xml'],
    [`/it/og/post-${post.id}.png`],
    [`/p/${post.id}`],
    [`/e/${event.id}`],
    ['/next/old-url?path=/2019/01/vecchio-articolo'],
    ['/next/preview'],
    ['/next/bare'],
    ['/admin', { headers: { cookie: `payload-token=${token}` } }],
    ['/api/posts?limit=10', { headers: auth }],
    ['/api/graphql', graphql],
  ]
  const statuses: string[] = []
  for (const [path, init] of requests) {
    const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual', ...init })
    await response.arrayBuffer()
    statuses.push(`${path.split('?')[0]} ${response.status}`)
  }
  return statuses.join(', ')
}
