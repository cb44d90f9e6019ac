'use strict'
/**
 * Turns for page requests: at most `max` in Next at once, the others waiting, first come first
 * served. The server renders on one thread, so fifty renders at once each take fifty times as
 * long; in turns the same work finishes in the same time, and a visitor waits for the requests
 * ahead of them instead of for all the others too (README, "At scale": the mixed load's p99).
 *
 * A turn ends when the response closes (sent, or the visitor gone), when the visitor reads slower
 * than the server writes (a write the socket cannot take at once: the wait is theirs now, and six
 * visitors who stop reading would otherwise hold every turn), or after `holdLimitMs` whatever
 * the request is still doing.
 * Not queued: methods other than GET and HEAD (a form, an upload, an editor's save, whose bodies
 * come at the client's pace), Next's assets (`/_next/…`) and the app's internal routes
 * (`/next/…`), which a render may request from this same server (the proxy's old-address
 * lookup): queued behind the renders waiting for them, they would never come.
 */

/** The request waits for a turn: a page, a feed, an API read. */
function takesTurn(req) {
  return (req.method === 'GET' || req.method === 'HEAD') && !/^\/_?next\//.test(req.url ?? '')
}

/** MAX_CONCURRENT_PAGES: a whole number; 0 turns the queue off; anything else gives the default. */
function maxFromEnv(value, fallback = 6) {
  const max = Number(value)
  return value !== undefined && value !== '' && Number.isInteger(max) && max >= 0 ? max : fallback
}

const gone = (req, res) => res.destroyed || req.socket?.destroyed

function createTurns({ max, holdLimitMs = 10_000 }) {
  let running = 0
  const waiting = []

  /** A turn ended: the first visitor still waiting gets it (one loop, however many left meanwhile). */
  function passOn() {
    while (waiting.length) {
      const next = waiting.shift()
      if (!gone(next.req, next.res)) return start(next.req, next.res, next.run)
    }
    running--
  }

  function start(req, res, run) {
    let ended = false
    const end = () => {
      if (ended) return
      ended = true
      clearTimeout(limit)
      passOn()
    }
    const limit = setTimeout(end, holdLimitMs)
    limit.unref?.()
    res.once('close', end)
    const write = res.write
    res.write = function (...args) {
      const taken = write.apply(this, args)
      if (!taken) end()
      return taken
    }
    run()
  }

  return {
    admit(req, res, run) {
      if (max <= 0 || !takesTurn(req)) return run()
      if (running < max) {
        running++
        return start(req, res, run)
      }
      waiting.push({ req, res, run })
    },
    get running() {
      return running
    },
    get waiting() {
      return waiting.length
    },
  }
}

module.exports = { createTurns, maxFromEnv }
