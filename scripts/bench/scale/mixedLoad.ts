import autocannon from 'autocannon'
import pg from 'pg'

/**
 * The bench's mixed load: visitors reading posts, blog pages, events, the feed and the sitemap,
 * searching for words typed once, and asking for pages that do not exist, all at once.
 */
export async function mixedLoad(baseUrl: string, databaseUrl: string, { connections, seconds, amount }: { connections: number; seconds: number; amount?: number }) {
  const client = new pg.Client({ connectionString: databaseUrl })
  await client.connect()
  const slugs = async (table: string, locale: string) =>
    (await client.query(`SELECT l.slug FROM ${table}_locales l JOIN ${table} m ON m.id = l._parent_id WHERE l._locale = $1 AND m.available_in_${locale} AND m._status = 'published' ORDER BY random() LIMIT 300`, [locale])).rows.map((row) => row.slug as string)
  // One after another: one client runs one query at a time (pg warns of, and will refuse, overlapping ones).
  const postsIt = await slugs('posts', 'it')
  const postsEn = await slugs('posts', 'en')
  const eventsIt = await slugs('events', 'it')
  await client.end()
  let n = 0
  const pick = <T>(list: T[]) => list[Math.floor(Math.random() * list.length)]
  const paths: Array<() => string> = [
    () => `/it/blog/${pick(postsIt)}`,
    () => `/en/blog/${pick(postsEn)}`,
    () => `/it/blog/${pick(postsIt)}`,
    () => `/it/eventi/${pick(eventsIt)}`,
    () => `/it/blog?page=${1 + Math.floor(Math.random() * 50)}`,
    () => `/it/cerca?q=spazi+${['lavoro', 'rete', 'idea', 'futuro'][n % 4]}`,
    () => `/en/search?q=typed${n}once`,
    () => `/it/blog/non-esiste-${n}`,
    () => '/it/feed.xml',
    () => '/sitemap.xml',
    () => '/it',
  ]
  // Each kind of page once, so that the load measures a running site rather than its first requests.
  for (const path of paths) await (await fetch(`${baseUrl}${path()}`)).arrayBuffer()
  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: seconds,
    // A number of requests instead of a duration: runs compare at equal work on a machine whose speed varies.
    ...(amount ? { amount } : {}),
    timeout: 30,
    headers: { 'accept-encoding': 'gzip', cookie: 'NEXT_LOCALE=it' },
    requests: [{ method: 'GET', setupRequest: (request) => ({ ...request, path: paths[n++ % paths.length]() }) }],
  })
  return { requests: result.requests.total, requestsPerSecond: result.requests.average, p99Ms: result.latency.p99, non2xx: result.non2xx, errors: result.errors }
}
