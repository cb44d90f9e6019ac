// The preview cards' renderer (satori, yoga and resvg as WebAssembly, the fonts), run in a worker
// thread that src/lib/og/ogRenderer.ts ends when idle, so that none of it stays in the server's heap.
// Plain JavaScript so that Node runs it as it is in tests; Next's build bundles it as a worker entry.
import { readFile } from 'node:fs/promises'
import { parentPort, workerData } from 'node:worker_threads'
import { ImageResponse } from 'next/dist/compiled/@vercel/og/index.node.js'

const fonts = Promise.all(workerData.fonts.map(async ({ file, ...font }) => ({ ...font, data: await readFile(file) })))

parentPort.on('message', async ({ id, tree, size }) => {
  try {
    const png = await new ImageResponse(tree, { ...size, fonts: await fonts }).arrayBuffer()
    parentPort.postMessage({ id, png }, [png])
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) })
  }
})
