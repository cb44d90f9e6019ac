'use strict'
/**
 * Loaded with `node --require` before Next's server (the image's `server.js`, `npm start`'s
 * `next start`): it sees every request before Next does, for three things Next cannot do itself,
 * and mends one thing in Node 20 that made every request's memory outlive it.
 *
 * 1. Odd methods. Next builds a fetch `Request` for the proxy and for route handlers, and the fetch
 *    standard forbids TRACE (and TRACK, CONNECT): the constructor throws and Next answers 500. Pages
 *    answer any other method (PROPFIND…) as a GET. Every method outside the list is a 405 with Allow.
 * 2. A database outage on a page the proxy did not see: a returning visitor's locale cookie skips
 *    the proxy (src/proxy.ts), so its 503 check never runs, and a page whose render failed because
 *    the database is down answers Next's 500. Such a 500 becomes the localized 503 with Retry-After
 *    (the page comes from the app: `globalThis[Symbol.for('coworking.pageGate')]`, set by
 *    src/instrumentation.ts). Cached pages are still served from the cache during an outage.
 * 3. One Location. Next 16.4 appends the headers a page's render stored (its Location included)
 *    after the render has already set them: a rendered redirect carried two identical Location
 *    headers. A response has one Location: a second one replaces the first.
 * 4. Finished immediates let go of each other. Node 20 runs a batch of setImmediate callbacks as a
 *    linked list and leaves each finished Immediate linked to its neighbours (`_idlePrev`,
 *    `_idleNext`), each carrying the AsyncLocalStorage stores of the request that scheduled it.
 *    React ends every render by aborting its cache signal with an Error whose stack keeps its
 *    Immediate (a frame's receiver): through the batch, one render's context held the contexts of
 *    the renders beside it, theirs the next ones', and a pool connection opened during a render
 *    held them all: ~1,960 renders and 290 MB still live after 1,467 requests (README, "At scale",
 *    Where the memory goes). Each callback now unlinks the one that ran before it.
 * 5. A cache write without a needless measure: src/server/cacheWriteSize.cjs, loaded from here.
 * 6. Turns: at most MAX_CONCURRENT_PAGES (default 6) page requests in Next at once, the others
 *    waiting first come first served (src/server/requestTurns.cjs).
 *
 * Plain CommonJS without dependencies: it runs before any bundle and beside the standalone server.
 */
const http = require('node:http')
require('./cacheWriteSize.cjs')
const { createTurns, maxFromEnv } = require('./requestTurns.cjs')

const allowedMethods = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']
const allowed = new Set(allowedMethods)
const allowHeader = allowedMethods.join(', ')
const pageGateKey = Symbol.for('coworking.pageGate')
const turns = createTurns({ max: maxFromEnv(process.env.MAX_CONCURRENT_PAGES) })

function refuseMethod(res) {
  res.writeHead(405, {
    Allow: allowHeader,
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  })
  res.end('405 Method Not Allowed\n')
}

/**
 * A page request whose answer turns out to be a 500 while the database is known to be down is
 * answered with the 503 page instead. The decision falls when the status is first sent: an explicit
 * writeHead, or the first write or end (which send the headers implicitly, then go on writing).
 */
function watchForOutage(req, res) {
  const gate = globalThis[pageGateKey]
  if (!gate || (req.method !== 'GET' && req.method !== 'HEAD')) return
  const { writeHead, write, end } = res
  let page
  let decided = false
  const decide = (status) => {
    if (decided || res.headersSent) return
    decided = true
    page = status === 500 ? gate.unavailable(req.url) : undefined
    if (!page) return
    for (const name of ['content-length', 'content-encoding', 'etag', 'x-nextjs-cache', 'x-nextjs-prerender', 'x-nextjs-stale-time']) {
      res.removeHeader(name)
    }
    for (const [name, value] of Object.entries(page.headers)) res.setHeader(name, value)
    writeHead.call(res, page.status)
  }
  const callbackOf = (args) => args.find((arg) => typeof arg === 'function')
  res.writeHead = function (status, ...rest) {
    decide(status)
    return page ? this : writeHead.call(this, status, ...rest)
  }
  res.write = function (...args) {
    decide(res.statusCode)
    if (!page) return write.apply(this, args)
    const done = callbackOf(args)
    if (done) process.nextTick(done)
    return true
  }
  res.end = function (...args) {
    decide(res.statusCode)
    if (!page) return end.apply(this, args)
    return end.call(this, req.method === 'HEAD' ? undefined : page.html, callbackOf(args))
  }
}

function gated(listener) {
  return function gatedListener(req, res) {
    if (!allowed.has(req.method)) return refuseMethod(res)
    watchForOutage(req, res)
    turns.admit(req, res, () => listener.call(this, req, res))
  }
}

const createServer = http.createServer
http.createServer = function (options, listener) {
  if (typeof options === 'function') return createServer.call(this, gated(options))
  return createServer.call(this, options, typeof listener === 'function' ? gated(listener) : listener)
}

/** setImmediate whose callback first unlinks the finished Immediate before its own (see 4.). */
function unlinkingSetImmediate(schedule) {
  function setImmediate(callback, ...args) {
    if (typeof callback !== 'function') return schedule(callback, ...args)
    return schedule(function (...callbackArgs) {
      const finished = this._idlePrev
      if (finished) {
        finished._idleNext = null
        this._idlePrev = null
      }
      return callback.apply(this, callbackArgs)
    }, ...args)
  }
  return Object.defineProperties(setImmediate, Object.getOwnPropertyDescriptors(schedule))
}
const timers = require('node:timers')
timers.setImmediate = globalThis.setImmediate = unlinkingSetImmediate(timers.setImmediate)

const appendHeader = http.ServerResponse.prototype.appendHeader
http.ServerResponse.prototype.appendHeader = function (name, value) {
  if (typeof name === 'string' && name.toLowerCase() === 'location') return this.setHeader(name, value)
  return appendHeader.call(this, name, value)
}
