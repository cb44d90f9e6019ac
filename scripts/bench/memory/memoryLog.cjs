'use strict'
/**
 * Preloaded by bench:memory (`node --require`) into the server: every 2 s, one JSON line in
 * MEMORY_LOG_FILE with process.memoryUsage() and V8's heap spaces (used and committed), so that
 * the RSS can be split into the JavaScript heap, memory outside it and what neither accounts for.
 */
const { appendFileSync } = require('node:fs')
const v8 = require('node:v8')
const { isMainThread } = require('node:worker_threads')

const file = process.env.MEMORY_LOG_FILE
const mb = (bytes) => Math.round(bytes / 1024 / 102.4) / 10

function line() {
  const usage = process.memoryUsage()
  const spaces = Object.fromEntries(v8.getHeapSpaceStatistics().map((space) => [space.space_name, [mb(space.space_used_size), mb(space.physical_space_size)]]))
  const entry = { pid: process.pid, at: Date.now(), rss: mb(usage.rss), heapTotal: mb(usage.heapTotal), heapUsed: mb(usage.heapUsed), external: mb(usage.external), arrayBuffers: mb(usage.arrayBuffers), spaces }
  appendFileSync(file, `${JSON.stringify(entry)}\n`)
}

// Preloads run in worker threads too (the preview cards' renderer): only the server's thread logs.
if (file && isMainThread) setInterval(line, 2000).unref()
