import http from 'node:http'
import { expect, test } from '@playwright/test'
import { E2E_PORT } from '../../playwright.config'
import { demoAdmin } from './setup/demoAccounts'
import { demoPages } from './setup/demoPages'

// A generated corpus of odd and hostile requests against the suite's server: no answer may be a
// 5xx and no redirect chain may loop. It prints how many requests it sent.
const origin = `http://127.0.0.1:${E2E_PORT}`

type Probe = { method: string; path: string; headers?: Record<string, string>; body?: string }

const hostileSegments = [
  '%ff', '%00', '%c0%af', '%E0%A4%A', '%25ff', '%2e%2e%2f%2e%2e%2fetc%2fpasswd', '%0d%0aSet-Cookie:%20x=1',
  'b'.repeat(5000), 'citt%C3%A0', '%F0%9F%98%80', '%3Cscript%3Ealert(1)%3C%2Fscript%3E', '%',
]

/** Methods the HTTP parser knows and the site does not answer (TRACK and FOO the parser refuses: 400). */
const oddMethods = ['TRACE', 'PROPFIND', 'PROPPATCH', 'MKCOL', 'COPY', 'MOVE', 'LOCK', 'UNLOCK', 'SEARCH', 'PURGE', 'REPORT', 'LINK']

const hostileValues = ['', '-1', '1.5', '1e9', '9007199254740991', 'NaN', '%00', '%ff', 'a'.repeat(3000), '%F0%9F%98%80', "'", '%0d%0a']

/** Every public route with the query parameters it reads. */
const routes: { path: string; params: string[] }[] = [
  { path: '/', params: ['lang', 'p', 'page_id'] },
  ...(['it', 'en'] as const).flatMap((locale) => [
    { path: demoPages.home[locale], params: [] },
    { path: demoPages.blog[locale], params: ['page', 'category', 'tag', 'only'] },
    { path: demoPages.post[locale], params: [] },
    // The lists' per-request pages, reached by a rewrite when a query is given, asked for directly too.
    { path: `${demoPages.blog[locale]}/Filtered`, params: ['page', 'category', 'tag', 'only'] },
    { path: demoPages.events[locale], params: ['only', 'page'] },
    { path: `${demoPages.events[locale]}/Filtered`, params: ['only', 'page'] },
    { path: demoPages.event[locale], params: [] },
    { path: demoPages.spaces[locale], params: ['only'] },
    { path: `/${locale}/spaces/Filtered`, params: ['only'] },
    { path: demoPages.space[locale], params: [] },
    { path: demoPages.projects[locale], params: ['only'] },
    { path: `/${locale}/projects/Filtered`, params: ['only'] },
    { path: demoPages.project[locale], params: [] },
    { path: `/${locale}/${locale === 'it' ? 'cerca' : 'search'}`, params: ['q', 'page'] },
    // The page cached per search, reached by a rewrite of a search with words, asked for directly too.
    { path: `/${locale}/search/Found/1-${Buffer.from('spazi').toString('base64url')}`, params: ['q', 'page'] },
    { path: `/${locale}/feed.xml`, params: [] },
    { path: `/${locale}/calendar.ics`, params: [] },
    { path: `/${locale}/calendar/spaces/lofoio.ics`, params: [] },
    { path: `/${locale}/calendar/spaces/lofoio.json`, params: [] },
    { path: `/${locale}/calendar/events/1.ics`, params: [] },
    { path: `/${locale}/embed/lofoio`, params: ['accent', 'background', 'text', 'limit'] },
    { path: `/${locale}/og/event-1.png`, params: [] },
    { path: `/${locale}/registration`, params: [] },
    { path: `/${locale}/registration/confirmed`, params: ['event'] },
    { path: `/${locale}/registration/form`, params: ['event'] },
    { path: `/${locale}/registration/cancel`, params: ['t'] },
    { path: `/${locale}/registration/cancellation`, params: ['t'] },
  ]),
  { path: '/e/1', params: [] },
  { path: '/p/1', params: [] },
  { path: '/sitemap.xml', params: [] },
  { path: '/sitemap/blog-0.xml', params: [] },
  { path: '/it/chi-siamo', params: [] },
  { path: '/en/about', params: [] },
  { path: '/it/contatti/form', params: ['draft'] },
  { path: '/en/contact/form', params: ['draft'] },
  { path: '/next/form/stamp', params: [] },
  { path: demoPages.contact.it, params: [] },
  { path: demoPages.contact.en, params: [] },
  // A staff redirect of the demo (src/seed/content/redirects.ts), with and without a language.
  { path: '/prenota', params: [] },
  { path: '/it/prenota', params: [] },
  { path: '/en/prenota', params: [] },
  { path: '/robots.txt', params: [] },
  { path: '/next/old-url', params: ['path', 'search', 'locale'] },
  { path: '/next/preview', params: ['secret', 'path', 'collection', 'slug'] },
  { path: '/next/exit-preview', params: ['path'] },
  { path: '/next/language', params: ['to'] },
  { path: '/next/bare', params: [] },
  { path: '/api/posts', params: ['limit', 'page', 'depth', 'locale', 'draft', 'sort', 'where[title][like]', 'where[id][equals]', 'select[title]', 'populate', 'fallback-locale'] },
  { path: '/api/events/1', params: ['depth', 'locale', 'draft'] },
  { path: '/api/globals/site-settings', params: ['depth', 'locale'] },
  // An uploaded file that is not there (a replaced image's old name, a guess).
  { path: '/api/media/file/nonexistent.png', params: ['prefix'] },
]

function* generate(): Generator<Probe> {
  for (const { path, params } of routes) {
    const get = (p: string, headers?: Record<string, string>) => ({ method: 'GET', path: p, headers })
    yield get(path)
    yield get(`${path}/`)
    yield get(`/${path}`.replace('///', '//'))
    yield get(path.replace(/^\/(it|en)/, (m) => m.toUpperCase()))
    const parent = path.split('/').slice(0, -1).join('/')
    for (const segment of hostileSegments) {
      yield get(`${parent}/${segment}`)
      yield get(`${path}/${segment}`)
    }
    for (const param of params) {
      for (const value of hostileValues) yield get(`${path}?${param}=${value}`)
      yield get(`${path}?${param}=1&${param}=2`)
      yield get(`${path}?${param}[]=1`)
      yield get(`${path}?${param}[a][b]=1`)
    }
    for (const method of ['POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', ...oddMethods, 'TRACK', 'FOO']) {
      const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? '{"x":' : undefined
      yield { method, path, body, headers: { 'content-type': 'application/json' } }
      // A returning visitor's cookie skips the proxy: the method reaches the page or route itself.
      yield { method, path, body, headers: { 'content-type': 'application/json', cookie: `NEXT_LOCALE=${path.startsWith('/en') ? 'en' : 'it'}` } }
    }
    for (const headers of <Record<string, string>[]>[
      { 'accept-language': '%ff;q=abc,,,*;q=-1' },
      { 'accept-language': 'x'.repeat(4000) },
      { cookie: 'NEXT_LOCALE=xx' },
      { cookie: 'NEXT_LOCALE=%ff; payload-token=garbage' },
      { 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'gopher' },
      { range: 'bytes=abc-def' },
      { 'if-none-match': '"' + 'x'.repeat(1000) },
      { authorization: 'JWT not.a.token' },
      { 'content-type': 'multipart/form-data; boundary=' },
    ]) {
      yield get(path, headers)
    }
  }
  yield* formPosts()
  // The registration forms' targets, posted as a browser posts them, with odd values.
  const form = { 'content-type': 'application/x-www-form-urlencoded' }
  const registrationBodies = [
    '', 'event=1', 'event=1&name=A&email=a%40b.it&people=1&consent=on', 'event=1&event=2&name=A&email=a%40b.it&people=1&consent=on',
    'event=%00&name=%00&email=%00&people=%00&consent=%00', 'event=9007199254740991&name=A&email=a%40b.it&people=1e308&consent=on',
    'event=-1&people=-1', 'event=1.5', 'event=abc', `event=1&name=${'x'.repeat(20_000)}`, 'event=%ff%fe&name=%ff', 'event[]=1&name[a]=b',
  ]
  for (const locale of ['it', 'en', 'xx']) {
    for (const body of registrationBodies) yield { method: 'POST', path: `/${locale}/registration`, headers: form, body }
    for (const body of ['', 't=', 't=1.abc', `t=1.${'A'.repeat(43)}`, 't=%00', `t=${'9'.repeat(300)}`, 't=1&t=2']) {
      yield { method: 'POST', path: `/${locale}/registration/cancellation`, headers: form, body }
    }
    yield { method: 'POST', path: `/${locale}/registration`, headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' }
  }
  for (const locale of ['xx', 'it-IT', 'EN-us', 'iT', 'de', '%69%74', 'it%00', '..', 'it.']) {
    yield { method: 'GET', path: `/${locale}` }
    yield { method: 'GET', path: `/${locale}/blog` }
    yield { method: 'GET', path: `/${locale}/eventi/x` }
  }
  for (const path of ['//it', '///en/blog', '/it//blog', '/it/blog//x', '/\\it', '/it/./blog', '/it/../en', '/%2e%2e/%2e%2e/etc/passwd']) yield { method: 'GET', path }
}

/** The form route's POST: what no browser sends must be a 4xx, never a 500. */
function* formPosts(): Generator<Probe> {
  const form = 'application/x-www-form-urlencoded'
  const valid = '_form=1&_page=contatti&name=Ada&email=ada%40example.org&interest=visit&message=Ciao&consent=true&_t=x'
  const bodies: [string, string][] = [
    [form, ''],
    [form, valid],
    [form, `${valid}&message=${'a'.repeat(70 * 1024)}`],
    [form, '_form=1&_page=contatti&name=a%00b'],
    [form, '_form=1&_page=contatti&na%00me=x'],
    [form, '_form=1&_form=1&_page=contatti'],
    [form, '_form=1&_page=contatti&_page=contatti'],
    [form, '_form=1&_page=contatti&name=%ff%fe'],
    [form, '_form=1&_page=contatti&name=%E0%A4%A'],
    [form, '_form=1&_page=contatti&name=%'],
    [form, '_form=-1&_page=contatti'],
    [form, '_form=1e999&_page=contatti'],
    [form, '_form=9007199254740993&_page=contatti'],
    [form, '_form=1&_page=..%2F..%2Fadmin'],
    [form, '_form=1&_page=https%3A%2F%2Fevil.example'],
    [form, `_form=1&_page=${'b'.repeat(5000)}`],
    [form, '_form[]=1&_page[a]=x'],
    [`${form}; charset=latin1`, '_form=1&_page=contatti&name=%E9'],
    ['multipart/form-data; boundary=', '--\r\n'],
    ['application/json', '{"_form":1}'],
    ['text/plain', '\u0000\u0000'],
  ]
  for (const locale of ['it', 'en', 'xx', '%ff', '%00']) {
    const path = `/next/form/${locale}`
    for (const [type, body] of bodies) yield { method: 'POST', path, body, headers: { 'content-type': type } }
    for (const method of ['GET', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD', 'PROPFIND', 'FOO']) yield { method, path, body: method === 'PUT' || method === 'PATCH' ? valid : undefined, headers: { 'content-type': form } }
  }
}

const badIds = ['abc', '1.5', '-1', '0', '9007199254740991', '1e9', '%00', '%ff', 'x'.repeat(3000), '1%20OR%201=1']
const staffCollections = ['posts', 'events', 'spaces', 'projects', 'pages', 'media', 'categories', 'tags', 'users', 'registrations', 'redirects', 'forms', 'form-submissions']

/**
 * What a signed-in admin's client (or a stolen token) can send: the anonymous limits do not apply,
 * so the same odd values reach Payload's queries. Reads only, and writes aimed at ids that cannot
 * exist or with bodies that do not parse: nothing the other specs rely on is changed.
 */
function* staffProbes(): Generator<Probe> {
  const get = (path: string) => ({ method: 'GET', path })
  const params = ['limit', 'page', 'depth', 'locale', 'draft', 'sort', 'where[id][equals]', 'where[title][like]', 'where[createdAt][greater_than]', 'select[title]', 'pagination', 'trash']
  for (const collection of staffCollections) {
    const base = `/api/${collection}`
    yield get(base)
    for (const param of params) for (const value of hostileValues) yield get(`${base}?${param}=${value}`)
    for (const id of badIds) {
      yield get(`${base}/${id}`)
      yield get(`${base}/${id}?depth=10&locale=all&draft=true`)
      yield { method: 'PATCH', path: `${base}/${id}`, headers: { 'content-type': 'application/json' }, body: '{"title":"x"}' }
      yield { method: 'DELETE', path: `${base}/${id}` }
      yield get(`${base}/versions/${id}`)
      yield get(`/admin/collections/${collection}/${id}`)
    }
    yield { method: 'POST', path: base, headers: { 'content-type': 'application/json' }, body: '{"title":' }
    yield { method: 'POST', path: base, headers: { 'content-type': 'application/json' }, body: '[]' }
    yield { method: 'POST', path: base, headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' }
    yield get(`${base}/count?where[id][in]=${'1,'.repeat(2000)}1`)
    yield get(`/admin/collections/${collection}?limit=9007199254740991&page=-1&sort=%00&where[or][0][x][equals]=1`)
  }
  for (const value of [...badIds, '', '1&event=2']) yield get(`/api/registrations/export.csv?event=${value}`)
  for (const query of ['{', '{ Posts(limit: -1) { docs { id } } }', '{ Posts(where: { id: { equals: "abc" } }) { docs { id } } }', '{ Post(id: "1.5") { id } }', `{ ${'a: Posts { docs { id } } '.repeat(60)} }`, `{ Posts { docs { ${'relatedEvents { relatedPosts { '.repeat(20)} id ${'} } '.repeat(20)} } } }`]) {
    yield { method: 'POST', path: '/api/graphql', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) }
  }
  for (const path of ['/admin/translations?collection=%ff&kind=x&page=-1', '/admin/translations?collection=posts&kind=missingEnglish&page=9007199254740991', '/admin/collections/nope', '/admin/globals/nope', '/admin/%ff']) yield get(path)
}

/** A raw HTTP request (fetch refuses TRACE and odd methods and normalizes paths). */
function send({ method, path, headers, body }: Probe): Promise<{ status: number; location?: string; allow?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}/`, { method, path, headers, timeout: 30_000 }, (response) => {
      response.resume()
      response.on('end', () => resolve({ status: response.statusCode ?? 0, location: response.headers.location, allow: response.headers.allow as string | undefined }))
    })
    request.on('timeout', () => request.destroy(new Error(`time-out: ${method} ${path}`)))
    request.on('error', reject)
    request.end(body)
  })
}

/** Sends every probe (eight at a time), following redirects on this origin; returns what failed and how many were sent. */
async function runProbes(probes: Probe[], extraHeaders: Record<string, string> = {}): Promise<{ sent: number; failures: string[] }> {
  let sent = 0
  const failures: string[] = []
  const check = async (probe: Probe) => {
    const seen = new Set<string>()
    let current = { ...probe, headers: { ...probe.headers, ...extraHeaders } }
    for (let hop = 0; ; hop++) {
      sent++
      const { status, location } = await send(current).catch((error: Error) => ({ status: 599, location: error.message }))
      if (status >= 500) return failures.push(`${status} ${current.method} ${current.path.slice(0, 120)} ${status === 599 ? location : ''}`)
      if (status < 300 || status >= 400 || !location || current.method !== 'GET') return
      const next = new URL(location, `${origin}${current.path.startsWith('/') ? '' : '/'}`)
      if (next.origin !== origin) return
      const key = next.pathname + next.search
      if (seen.has(key) || hop >= 4) return failures.push(`loop ${probe.path.slice(0, 120)} → ${[...seen].join(' → ')}`)
      seen.add(key)
      current = { method: 'GET', path: key, headers: current.headers }
    }
  }
  const queue = [...probes]
  await Promise.all(Array.from({ length: 8 }, async () => {
    for (let probe = queue.shift(); probe; probe = queue.shift()) await check(probe)
  }))
  return { sent, failures }
}

test('hostile requests: no 5xx, no redirect loop', async () => {
  test.setTimeout(300_000)
  const probes = [...generate()]
  const { sent, failures } = await runProbes(probes)
  console.log(`hostile suite: ${probes.length} generated requests, ${sent} sent (redirects followed), ${failures.length} failures`)
  if (failures.length) console.log(failures.join('\n'))
  expect(failures.slice(0, 50)).toEqual([])
})

test('hostile requests from a signed-in admin: no 5xx, no redirect loop', async ({ request }) => {
  test.setTimeout(300_000)
  const login = await request.post('/api/users/login', { data: demoAdmin })
  const { token } = (await login.json()) as { token: string }
  const probes = [...staffProbes()]
  const { sent, failures } = await runProbes(probes, { authorization: `JWT ${token}`, cookie: `payload-token=${token}` })
  console.log(`hostile suite (admin): ${probes.length} generated requests, ${sent} sent, ${failures.length} failures`)
  if (failures.length) console.log(failures.join('\n'))
  expect(failures.slice(0, 50)).toEqual([])
})

test('odd methods are a 405 with Allow on every kind of path, with and without the locale cookie', async () => {
  const paths = ['/it', '/en/blog', demoPages.post.it, '/it/cerca?q=x', '/it/feed.xml', '/api/posts', '/api/graphql', '/admin', '/robots.txt', '/sitemap.xml', '/e/1', '/qzq/']
  const wrong: string[] = []
  for (const path of paths) {
    for (const method of oddMethods) {
      for (const cookie of [undefined, 'NEXT_LOCALE=it']) {
        const { status, allow } = await send({ method, path, headers: cookie ? { cookie } : {} })
        if (status !== 405 || !allow?.includes('GET')) wrong.push(`${method} ${path}${cookie ? ' (cookie)' : ''}: ${status} allow=${allow}`)
      }
    }
  }
  expect(wrong).toEqual([])
})
