import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chmod, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { randomBytes } from 'node:crypto'
import { freePort } from '../../src/db/postgresServer'
import { demoEditor } from '../../tests/e2e/setup/demoAccounts'
import { stopProcess, waitForUrl } from '../../tests/support/run'
import { measureThroughput, type Throughput } from './throughput'

const VARNISHD = process.env.VARNISHD ?? '/usr/sbin/varnishd'

export type EdgeFigures = {
  /** The post page and a static file of the same size, both through the same Varnish. */
  varnishPost: Throughput
  varnishStatic: Throughput
  /** The post page's gzipped size, and so the static file's. */
  postBytes: number
  /** From the publish request's answer to the page answering 200 through Varnish. */
  publishToVisibleMs: number
  /** Gzipped JavaScript the post page loads, and a bare Next page of the same build (/next/bare). */
  postJavascriptBytes: number
  bareJavascriptBytes: number
}

export type Edge = { url: string; stop: () => Promise<void> }

/**
 * Varnish with deploy/varnish/default.vcl in front of the site (both backends the one server), plus
 * a route /bench-static/ to a server answering a fixed body as cacheable as a page: the same VCL,
 * the same Varnish. Throws when Varnish is not installed.
 */
export async function startEdge(port: number, sitePort: number, staticBody: () => Buffer): Promise<Edge> {
  if (!existsSync(VARNISHD)) throw new Error(`Varnish is not installed (${VARNISHD}): apt-get install varnish varnish-modules`)
  const staticPort = await freePort()
  const files = http.createServer((_request, response) => {
    const body = staticBody()
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length, 'cache-control': 'public, max-age=0, s-maxage=300' })
    response.end(body)
  })
  await new Promise<void>((resolve) => files.listen(staticPort, '127.0.0.1', resolve))
  const work = await mkdtemp(path.join(os.tmpdir(), 'bench-edge-'))
  await chmod(work, 0o755)
  const vcl = (await readFile('deploy/varnish/default.vcl', 'utf8'))
    .replaceAll('APP1_HOST', '127.0.0.1').replaceAll('APP1_PORT', String(sitePort))
    .replaceAll('APP2_HOST', '127.0.0.1').replaceAll('APP2_PORT', String(sitePort))
    .replace('sub vcl_init {', `backend bench_static { .host = "127.0.0.1"; .port = "${staticPort}"; }\n\nsub vcl_init {`)
    .replace('set req.backend_hint = site.backend();', 'set req.backend_hint = site.backend();\n  if (req.url ~ "^/bench-static/") { set req.backend_hint = bench_static; return (hash); }')
  await writeFile(path.join(work, 'bench.vcl'), vcl, { mode: 0o644 })
  const varnish: ChildProcess = spawn(VARNISHD, ['-F', '-a', `127.0.0.1:${port}`, '-T', '127.0.0.1:0', '-f', path.join(work, 'bench.vcl'), '-s', 'malloc,128m', '-n', path.join(work, 'varnish')], { stdio: 'ignore' })
  const url = `http://127.0.0.1:${port}`
  await waitForUrl(`${url}/bench-static/`, 30_000)
  return {
    url,
    stop: async () => {
      await stopProcess(varnish)
      await new Promise<void>((resolve) => files.close(() => resolve()))
      await rm(work, { recursive: true, force: true })
    },
  }
}

/** The gzipped size of every script a page loads (module scripts; the noModule polyfills are not loaded by current browsers). */
async function javascriptBytes(origin: string, pagePath: string): Promise<number> {
  const html = await (await fetch(`${origin}${pagePath}`)).text()
  const sources = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"/g)].filter(([, attributes]) => !/nomodule/i.test(attributes)).map((match) => match[2])
  const sizes = await Promise.all([...new Set(sources)].map(async (src) => gzipSync(Buffer.from(await (await fetch(new URL(src, origin))).arrayBuffer())).length))
  return sizes.reduce((sum, size) => sum + size, 0)
}

/** Publishes a new post through the API and polls Varnish until it serves it: milliseconds. */
async function publishToVisible(siteUrl: string, edgeUrl: string): Promise<number> {
  const headers = { 'content-type': 'application/json', 'sec-fetch-site': 'same-origin' }
  const login = (await (await fetch(`${siteUrl}/api/users/login`, { method: 'POST', headers, body: JSON.stringify(demoEditor) })).json()) as { token: string }
  const auth = { ...headers, authorization: `JWT ${login.token}` }
  const slug = `bench-edge-${Date.now().toString(36)}`
  const created = await fetch(`${siteUrl}/api/posts?locale=it&draft=true`, { method: 'POST', headers: auth, body: JSON.stringify({ title: `Bench ${slug}`, slug, generateSlug: false, excerpt: 'Bench', _status: 'draft' }) })
  const { doc } = (await created.json()) as { doc: { id: number } }
  const page = `${edgeUrl}/it/blog/${slug}`
  // Varnish keeps the 404 until the purge.
  for (let i = 0; i < 2; i++) await (await fetch(page)).arrayBuffer()
  const published = await fetch(`${siteUrl}/api/posts/${doc.id}?locale=it`, { method: 'PATCH', headers: auth, body: JSON.stringify({ _status: 'published' }) })
  if (!published.ok) throw new Error(`Publishing answered ${published.status}`)
  const start = performance.now()
  while (performance.now() - start < 30_000) {
    const response = await fetch(page)
    await response.arrayBuffer()
    if (response.status === 200) return Math.round(performance.now() - start)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error('The published post did not show through Varnish within 30 s')
}

/** The edge figures: Varnish throughput for the post and a same-size static file, publish-to-visible, JavaScript. */
export async function measureEdge(siteUrl: string, edge: Edge, postPath: string, setStaticBody: (body: Buffer) => void): Promise<EdgeFigures> {
  // The page travels gzipped: the file has the page's gzipped size, of bytes no one compresses further.
  const post = gzipSync(Buffer.from(await (await fetch(`${siteUrl}${postPath}`)).arrayBuffer()))
  setStaticBody(randomBytes(post.length))
  for (const target of [postPath, '/bench-static/same-size.html']) for (let i = 0; i < 2; i++) await (await fetch(`${edge.url}${target}`)).arrayBuffer()
  const varnishPost = await measureThroughput(`${edge.url}${postPath}`)
  const varnishStatic = await measureThroughput(`${edge.url}/bench-static/same-size.html`)
  return {
    varnishPost,
    varnishStatic,
    postBytes: post.length,
    publishToVisibleMs: await publishToVisible(siteUrl, edge.url),
    postJavascriptBytes: await javascriptBytes(siteUrl, postPath),
    bareJavascriptBytes: await javascriptBytes(siteUrl, '/next/bare'),
  }
}

export const edgeBudgets = { firstVisitToReturning: 0.9, varnishPostToStatic: 0.5, publishToVisibleMs: 1000, javascriptAboveBareBytes: 10_000 }

/** The budgets of issue 14, each with its figure: [budget, figure, failed]. */
export function edgeVerdicts(firstVisit: Throughput | undefined, returning: Throughput | undefined, edge: EdgeFigures) {
  const ratio = firstVisit && returning ? firstVisit.requestsPerSecond / returning.requestsPerSecond : 0
  const varnishRatio = edge.varnishPost.requestsPerSecond / edge.varnishStatic.requestsPerSecond
  const above = edge.postJavascriptBytes - edge.bareJavascriptBytes
  return [
    { budget: `first visit / returning visitor, cached post (>= ${edgeBudgets.firstVisitToReturning})`, failures: ratio >= edgeBudgets.firstVisitToReturning ? [] : [`${ratio.toFixed(2)}`] },
    { budget: `post through Varnish / same-size static file through Varnish (>= ${edgeBudgets.varnishPostToStatic})`, failures: varnishRatio >= edgeBudgets.varnishPostToStatic ? [] : [`${varnishRatio.toFixed(2)}`] },
    { budget: `publish to visible through Varnish (<= ${edgeBudgets.publishToVisibleMs} ms)`, failures: edge.publishToVisibleMs <= edgeBudgets.publishToVisibleMs ? [] : [`${edge.publishToVisibleMs} ms`] },
    { budget: `post page JavaScript above a bare Next page (<= ${edgeBudgets.javascriptAboveBareBytes / 1000} kB)`, failures: above <= edgeBudgets.javascriptAboveBareBytes ? [] : [`${(above / 1000).toFixed(1)} kB`] },
  ]
}

export function printEdge(firstVisit: Throughput | undefined, returning: Throughput | undefined, edge: EdgeFigures) {
  const rps = (run: Throughput | undefined) => (run ? `${Math.round(run.requestsPerSecond)} req/s (p99 ${run.p99Ms} ms)` : 'not measured')
  console.log('\nEdge (issue 14)')
  console.log(`  cached post, first visit:        ${rps(firstVisit)}`)
  console.log(`  cached post, returning visitor:  ${rps(returning)}`)
  console.log(`  post through Varnish:            ${rps(edge.varnishPost)}`)
  console.log(`  same-size file through Varnish:  ${rps(edge.varnishStatic)} (${edge.postBytes} bytes, the post's gzipped size)`)
  console.log(`  publish to visible via Varnish:  ${edge.publishToVisibleMs} ms`)
  console.log(`  JavaScript: post ${(edge.postJavascriptBytes / 1000).toFixed(1)} kB, bare Next page ${(edge.bareJavascriptBytes / 1000).toFixed(1)} kB (gzipped)`)
  for (const verdict of edgeVerdicts(firstVisit, returning, edge)) console.log(`  ${verdict.failures.length ? 'FAIL' : 'PASS'}  ${verdict.budget}${verdict.failures.length ? `: ${verdict.failures.join(', ')}` : ''}`)
}
