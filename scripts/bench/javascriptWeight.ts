import type { Script } from './lighthouse'

export type JavascriptWeight = { transferBytes: number; scripts: number; uncompressed: string[] }

/** Below this size a server may rightly skip compression (Next's threshold is 1 kB). */
const compressionThreshold = 1024

async function servedCompressed(url: string): Promise<boolean> {
  const response = await fetch(url, { headers: { 'accept-encoding': 'gzip' } })
  await response.arrayBuffer()
  return response.headers.get('content-encoding') === 'gzip'
}

/** The JavaScript the browser downloaded (bytes on the wire, headers included), and the scripts sent without gzip. */
export async function javascriptWeight(scripts: Script[]): Promise<JavascriptWeight> {
  const uncompressed: string[] = []
  for (const script of scripts) {
    if (script.resourceSize > compressionThreshold && !(await servedCompressed(script.url))) uncompressed.push(script.url)
  }
  const transferBytes = scripts.reduce((sum, script) => sum + script.transferSize, 0)
  return { transferBytes, scripts: scripts.length, uncompressed }
}
