import { startStandaloneServer, stopProcess, waitForUrl } from '../../support/run'
import { E2E_PAYLOAD_SECRET } from './globalSetup'

export type ExtraServer = { origin: string; stop: () => Promise<void> }

/**
 * A second production server for a test that needs other settings than the suite's: bound to
 * 127.0.0.1 only (as behind a reverse proxy on the same host), on the suite's database unless
 * told otherwise. Ports come from the caller, inside the run's own range.
 */
export async function startExtraServer(port: number, env: Record<string, string | undefined> = {}): Promise<ExtraServer> {
  const origin = `http://127.0.0.1:${port}`
  // Run as the Docker image runs it (standalone server.js), listening on 127.0.0.1 only.
  const child = await startStandaloneServer(
    port,
    {
      ...process.env,
      DATABASE_URL: process.env.E2E_DATABASE_URL,
      MEDIA_DIR: process.env.E2E_MEDIA_DIR,
      PAYLOAD_SECRET: E2E_PAYLOAD_SECRET,
      NEXT_PUBLIC_SERVER_URL: origin,
      // The suite's database is a demo site (globalSetup): without this the server refuses its demo accounts.
      SEED_DEMO: 'true',
      ...env,
    },
    '127.0.0.1',
  )
  await waitForUrl(`${origin}/it/blog`)
  return { origin, stop: () => stopProcess(child) }
}

/** Follows redirects by hand (no cookies kept): the statuses seen, the final address and response. */
export async function follow(url: string, init: RequestInit = {}, maxHops = 5) {
  const seen: string[] = []
  let current = url
  for (;;) {
    const response = await fetch(current, { ...init, redirect: 'manual' })
    const location = response.headers.get('location')
    if (response.status < 300 || response.status >= 400 || !location) return { response, hops: seen.length, url: current }
    seen.push(current)
    const next = new URL(location, current).toString()
    if (seen.includes(next) || seen.length > maxHops) return { response, hops: seen.length, url: next, loop: true }
    current = next
  }
}
