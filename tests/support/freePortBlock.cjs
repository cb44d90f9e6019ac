'use strict'
// Prints the first port of five free consecutive ports below the system's ephemeral range
// (Linux: 32768-60999), so that no outgoing connection of the run (to PostgreSQL, between the
// servers, Chromium's) can take one of them as its local port before a test's server binds it.
// Run by playwright.config.ts, which needs the answer synchronously.
const net = require('node:net')

const size = 5
const [low, high] = [20000, 32000]

const free = (port) =>
  new Promise((resolve) => {
    const server = net.createServer()
    server.once('error', () => resolve(false))
    server.listen(port, () => server.close(() => resolve(true)))
  })

async function pick() {
  for (let attempt = 0; attempt < 200; attempt++) {
    const first = low + Math.floor(Math.random() * (high - low - size))
    let all = true
    for (let port = first; port < first + size && all; port++) all = await free(port)
    if (all) return first
  }
  throw new Error(`no ${size} free consecutive ports between ${low} and ${high}`)
}

pick().then(
  (port) => process.stdout.write(String(port)),
  (error) => {
    console.error(error.message)
    process.exit(1)
  },
)
