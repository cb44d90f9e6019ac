import { execFileSync } from 'node:child_process'
import sharp from 'sharp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { derivedSecret } from '../../src/config/derivedSecret'
import { demoEditor } from '../e2e/setup/demoAccounts'
import { runScript } from '../support/run'
import { CLUSTER_SECRET, type Cluster, missingEngines, startCluster } from './cluster'

/**
 * Several instances behind an edge cache (README, "Scaling out"), on loopback: instances A and B of
 * one standalone build sharing PostgreSQL, Redis and an S3 bucket, the job worker, Varnish in front.
 * Times are printed, never asserted: each check waits for the state it expects.
 */
const missing = missingEngines()
if (missing.length > 0 && process.env.CI) throw new Error(`The cluster test needs ${missing.join(', ')}: .ci/run installs them.`)

const locales = ['it', 'en'] as const
let cluster: Cluster
let token = ''

const auth = () => ({ authorization: `JWT ${token}`, 'sec-fetch-site': 'same-origin' })

async function api(method: string, url: string, body?: unknown) {
  const response = await fetch(url, { method, headers: { ...auth(), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) })
  const json = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(json).slice(0, 400)}`)
  return json
}

/** Polls until `check` holds (or 30 s pass) and returns the milliseconds it took. */
async function waitUntil(what: string, check: () => Promise<boolean>): Promise<number> {
  const start = performance.now()
  while (performance.now() - start < 30_000) {
    if (await check()) return Math.round(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${what}: not seen within 30 s`)
}

const text = async (url: string) => {
  const response = await fetch(url, { redirect: 'manual' })
  return { status: response.status, body: await response.text(), headers: response.headers }
}

/** The sitemap's files (absolute URLs under NEXT_PUBLIC_SERVER_URL) fetched from `origin`. */
async function sitemapText(origin: string): Promise<string> {
  const index = (await text(`${origin}/sitemap.xml`)).body
  const files = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname)
  return (await Promise.all(files.map(async (file) => (await text(`${origin}${file}`)).body))).join('\n')
}

/** Where a published post must show in `locale`: its page, the blog list, the feed, the sitemap. */
async function shownEverywhere(origin: string, locale: 'it' | 'en', slug: string): Promise<boolean> {
  const [page, list, feed, sitemap] = await Promise.all([
    text(`${origin}/${locale}/blog/${slug}`),
    text(`${origin}/${locale}/blog`),
    text(`${origin}/${locale}/feed.xml`),
    sitemapText(origin),
  ])
  return page.status === 200 && list.body.includes(`/${locale}/blog/${slug}`) && feed.body.includes(`/${locale}/blog/${slug}`) && sitemap.includes(`/${locale}/blog/${slug}<`)
}

async function goneEverywhere(origin: string, locale: 'it' | 'en', slug: string): Promise<boolean> {
  const [page, list, feed, sitemap] = await Promise.all([
    text(`${origin}/${locale}/blog/${slug}`),
    text(`${origin}/${locale}/blog`),
    text(`${origin}/${locale}/feed.xml`),
    sitemapText(origin),
  ])
  return page.status === 404 && ![list.body, feed.body, sitemap].some((body) => body.includes(`/${locale}/blog/${slug}`))
}

describe.skipIf(missing.length > 0)('several instances behind Varnish', () => {
  beforeAll(async () => {
    cluster = await startCluster()
    const login = await fetch(`${cluster.a}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' },
      body: JSON.stringify(demoEditor),
    })
    token = ((await login.json()) as { token: string }).token
    expect(token).toBeTruthy()
  })
  afterAll(async () => {
    await cluster?.stop()
  })

  it('publishing through A shows the post through Varnish and on B, in both languages; unpublishing removes it everywhere', async () => {
    const run = Date.now().toString(36)
    const slugs = { it: `cluster-it-${run}`, en: `cluster-en-${run}` }
    const draft = await api('POST', `${cluster.a}/api/posts?locale=it&draft=true`, {
      title: `Cluster ${run}`, slug: slugs.it, generateSlug: false, excerpt: 'Sommario', _status: 'draft',
    })
    const id = draft.doc.id as number
    await api('PATCH', `${cluster.a}/api/posts/${id}?locale=en&draft=true`, { title: `Cluster EN ${run}`, slug: slugs.en, generateSlug: false, excerpt: 'Excerpt', _status: 'draft' })
    // The caches hold the state before: the page's 404, the list, the feed and the sitemap without it.
    for (const origin of [cluster.edge, cluster.b]) for (const locale of locales) expect(await goneEverywhere(origin, locale, slugs[locale])).toBe(true)

    for (const locale of locales) {
      await api('PATCH', `${cluster.a}/api/posts/${id}?locale=${locale}`, { _status: 'published' })
      for (const [where, origin] of [['Varnish', cluster.edge], ['instance B', cluster.b]] as const) {
        const ms = await waitUntil(`${locale} post through ${where}`, () => shownEverywhere(origin, locale, slugs[locale]))
        console.log(`publish → visible (${locale}, ${where}, page + list + feed + sitemap): ${ms} ms after A answered`)
      }
    }

    await api('PATCH', `${cluster.a}/api/posts/${id}?locale=it`, { _status: 'draft' })
    for (const locale of locales) {
      for (const [where, origin] of [['Varnish', cluster.edge], ['instance B', cluster.b]] as const) {
        const ms = await waitUntil(`${locale} post gone through ${where}`, () => goneEverywhere(origin, locale, slugs[locale]))
        console.log(`unpublish → 404 (${locale}, ${where}): ${ms} ms after A answered`)
      }
    }
  })

  it('serves a repeated page from Varnish', async () => {
    for (const locale of locales) {
      await fetch(`${cluster.edge}/${locale}/blog`)
      const again = await fetch(`${cluster.edge}/${locale}/blog`)
      // Varnish names the request and the one that stored the object: two ids on a hit.
      expect(again.headers.get('x-varnish')?.split(' ')).toHaveLength(2)
      expect(again.headers.get('x-cache')).toBe('HIT')
    }
    const stats = JSON.parse(execFileSync('varnishstat', ['-n', cluster.varnishDir, '-1', '-j', '-f', 'MAIN.cache_hit'], { encoding: 'utf8' }))
    const hits = (stats.counters ?? stats)['MAIN.cache_hit'].value
    console.log(`varnishstat MAIN.cache_hit: ${hits}`)
    expect(hits).toBeGreaterThan(0)
  })

  it('serves an image uploaded through A from B (S3), with a Cache-Control shared caches can use', async () => {
    const image = await sharp({ create: { width: 900, height: 600, channels: 3, background: { r: 200, g: 90, b: 40 } } }).jpeg().toBuffer()
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(image)], { type: 'image/jpeg' }), `cluster-${Date.now()}.jpg`)
    form.append('_payload', JSON.stringify({ alt: 'Una prova' }))
    const upload = await fetch(`${cluster.a}/api/media?locale=it`, { method: 'POST', headers: auth(), body: form })
    expect(upload.status).toBe(201)
    const { doc } = (await upload.json()) as { doc: { filename: string; sizes: { card: { filename: string } } } }
    for (const file of [doc.filename, doc.sizes.card.filename]) {
      for (const origin of [cluster.b, cluster.edge]) {
        const response = await fetch(`${origin}/api/media/file/${file}`)
        expect(response.status).toBe(200)
        expect(response.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+/)
        expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0)
      }
    }
    const original = await fetch(`${cluster.b}/api/media/file/${doc.filename}`)
    expect(Buffer.from(await original.arrayBuffer()).length).toBe(image.length)
  })

  it('runs a scheduled publication once, in the worker, with two instances up', async () => {
    const slug = `cluster-scheduled-${Date.now().toString(36)}`
    const draft = await api('POST', `${cluster.a}/api/posts?locale=it&draft=true`, { title: `Programmato ${slug}`, slug, generateSlug: false, excerpt: 'Sommario', _status: 'draft' })
    expect((await text(`${cluster.edge}/it/blog/${slug}`)).status).toBe(404)
    const output: string[] = []
    const onLine = (line: string) => line.startsWith('JOB:') && output.push(line.slice(4))
    await runScript('tests/cluster/jobs.ts', ['queue', String(draft.doc.id), new Date(Date.now() + 3000).toISOString()], { env: cluster.env, onLine })
    const { id: jobId } = JSON.parse(output[0]) as { id: number }
    const ms = await waitUntil('the scheduled post through Varnish', async () => (await text(`${cluster.edge}/it/blog/${slug}`)).status === 200)
    console.log(`scheduled publication visible through Varnish ${ms} ms after the queueing script returned (due 3 s after it started; worker every 2 s)`)
    expect((await text(`${cluster.b}/it/blog/${slug}`)).status).toBe(200)
    // A few more worker rounds: nobody runs it again.
    await new Promise((resolve) => setTimeout(resolve, 5000))
    output.length = 0
    await runScript('tests/cluster/jobs.ts', ['show', String(jobId)], { env: cluster.env, onLine })
    // Completed, so deleted; each run would have saved one more published version.
    expect(JSON.parse(output[0])).toBeNull()
    const versions = await api('GET', `${cluster.a}/api/posts/versions?where[parent][equals]=${draft.doc.id}&where[version._status][equals]=published&limit=10`)
    expect(versions.totalDocs).toBe(1)
  })

  it('public pages carry no cookie and no client hints; previews are never cached', async () => {
    for (const origin of [cluster.a, cluster.edge]) {
      for (const path of ['/it', '/en', '/it/blog', '/en/blog', '/it/eventi', '/en/events', '/it/feed.xml']) {
        const response = await fetch(`${origin}${path}`)
        expect(response.status, path).toBe(200)
        expect(response.headers.get('set-cookie'), path).toBeNull()
        expect(response.headers.get('critical-ch'), path).toBeNull()
        expect(response.headers.get('accept-ch'), path).toBeNull()
        expect(response.headers.get('vary') ?? '', path).not.toMatch(/sec-ch/i)
        expect(response.headers.get('cache-control'), path).toMatch(/^public, .*s-maxage=\d+, stale-while-revalidate=\d+/)
        expect(response.headers.get('cache-control'), path).not.toContain('31536000')
      }
    }
    // The admin still gets its theme's client hint.
    expect((await fetch(`${cluster.a}/admin/login`)).headers.get('accept-ch')).toContain('Sec-CH-Prefers-Color-Scheme')

    const draft = await api('POST', `${cluster.a}/api/posts?locale=it&draft=true`, { title: 'Bozza segreta', slug: `bozza-${Date.now().toString(36)}`, generateSlug: false, excerpt: 'Sommario', _status: 'draft' })
    const secret = derivedSecret('preview', CLUSTER_SECRET)
    const enter = await fetch(`${cluster.edge}/next/preview?collection=posts&id=${draft.doc.id}&locale=it&secret=${secret}`, {
      headers: { cookie: `payload-token=${token}`, 'sec-fetch-site': 'same-origin' },
      redirect: 'manual',
    })
    expect([302, 303, 307]).toContain(enter.status)
    const bypass = enter.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ')
    expect(bypass).toContain('__prerender_bypass')
    const location = new URL(enter.headers.get('location') as string, cluster.edge).pathname
    for (let round = 0; round < 2; round++) {
      const preview = await fetch(`${cluster.edge}${location}`, { headers: { cookie: `${bypass}; payload-token=${token}`, 'sec-fetch-site': 'same-origin' } })
      expect(preview.status).toBe(200)
      expect(await preview.text()).toContain('Bozza segreta')
      // Ours (`private, no-store`) or Next's own for draft mode (`private, no-cache, no-store, …`).
      expect(preview.headers.get('cache-control')).toMatch(/^private, .*no-store/)
      expect(preview.headers.get('x-cache')).toBe('MISS')
    }
    // A visitor through Varnish never gets the draft.
    expect((await fetch(`${cluster.edge}${location}`)).status).toBe(404)
  })
})
