import autocannon from 'autocannon'

export type Throughput = { url: string; requestsPerSecond: number; p99Ms: number; non2xx: number; errors: number }

export const load = { connections: 20, durationSeconds: 10 }

/** autocannon against one URL, asking for gzip like a browser does; `cookie` as a browser would send it. */
export async function measureThroughput(url: string, cookie?: string): Promise<Throughput> {
  const result = await autocannon({
    url,
    connections: load.connections,
    duration: load.durationSeconds,
    headers: { 'accept-encoding': 'gzip', ...(cookie ? { cookie } : {}) },
  })
  return {
    url,
    requestsPerSecond: result.requests.average,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors,
  }
}
