import type { APIRequestContext, PlaywrightWorkerArgs } from '@playwright/test'
import { demoEditor } from './demoAccounts'

/** A request context logged in as the demo editor through the REST API (a JWT header on every request). */
export async function staffRequest(playwright: PlaywrightWorkerArgs['playwright'], baseURL: string | undefined): Promise<APIRequestContext> {
  const anonymous = await playwright.request.newContext({ baseURL })
  const login = await anonymous.post('/api/users/login', { data: demoEditor })
  if (!login.ok()) throw new Error(`demo editor login failed: ${login.status()}`)
  const { token } = (await login.json()) as { token: string }
  await anonymous.dispose()
  return playwright.request.newContext({ baseURL, extraHTTPHeaders: { Authorization: `JWT ${token}` } })
}
