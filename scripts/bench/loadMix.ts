import { collaboratorioPost } from '../../src/seed/content/posts/collaboratorio'

export type LoadRequest = { method: 'GET' | 'POST'; path: string; headers?: Record<string, string>; body?: string }

const get = (path: string): LoadRequest => ({ method: 'GET', path })
const graphql = JSON.stringify({ query: '{ Posts(limit: 10, locale: it) { docs { id title slug publishedAt } } }' })

/** One round of what visitors, crawlers, calendar apps and API clients ask for. */
export const loadMix: LoadRequest[] = [
  get('/it'),
  get(`/it/blog/${collaboratorioPost.it.slug}`),
  get('/en'),
  get('/it/eventi'),
  get('/it/blog'),
  get(`/en/blog/${collaboratorioPost.en.slug}`),
  get('/it/spazi/lofoio'),
  get('/en/events'),
  get('/it/cerca?q=coworking'),
  get('/it/feed.xml'),
  get('/it/calendar.ics'),
  get('/it/calendar/spaces/lofoio.ics'),
  get('/api/posts?limit=10&locale=it'),
  { method: 'POST', path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: graphql },
]

/**
 * The floor beside the mix: the same load on what Next serves from its cache of rendered pages
 * (pages, feed, calendar files); not the lists (they read the query string, so render per
 * request), search or the API.
 */
export const cachedPagesMix: LoadRequest[] = loadMix.filter(({ path }) => !/cerca|eventi|events|\/blog$|\/api\//.test(path))

export const sendRequest = (baseUrl: string, { method, path, headers, body }: LoadRequest) =>
  fetch(`${baseUrl}${path}`, { method, headers: { 'accept-encoding': 'gzip', ...headers }, body })

/** The floor of Next itself: a bare prerendered page of the same build, no layout of ours. */
export const bareMix: LoadRequest[] = [get('/next/bare')]

export const mixes = { full: loadMix, cached: cachedPagesMix, bare: bareMix }
