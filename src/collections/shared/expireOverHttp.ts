import { derivedSecret } from '@/config/derivedSecret'
import { getEnv } from '@/config/env'
import { isJobsWorker } from '@/config/jobsWorker'

export const REVALIDATE_PATH = '/next/revalidate'
export const REVALIDATE_SECRET_HEADER = 'x-revalidate-secret'

/**
 * The job worker: REVALIDATE_URL, a web instance (or their load balancer). A server: its own
 * address (`next start` and `next dev` put their port in PORT, and the loopback interface avoids a
 * round trip through a public proxy). Otherwise the configured public address.
 */
function ownOrigin(): string {
  const env = getEnv()
  if (isJobsWorker() && env.REVALIDATE_URL) return env.REVALIDATE_URL.replace(/\/$/, '')
  const port = process.env.PORT
  return port ? `http://127.0.0.1:${port}` : env.NEXT_PUBLIC_SERVER_URL
}

/**
 * Expires cache tags through the revalidation route handler. Used where `revalidateTag` cannot
 * run: outside a request, when the jobs runner publishes a scheduled document from its timer.
 */
export async function expireOverHttp(tags: string[]): Promise<void> {
  const response = await fetch(`${ownOrigin()}${REVALIDATE_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [REVALIDATE_SECRET_HEADER]: derivedSecret('revalidate') },
    body: JSON.stringify({ tags }),
    cache: 'no-store',
  })
  if (!response.ok) throw new Error(`${REVALIDATE_PATH} answered ${response.status}`)
}
