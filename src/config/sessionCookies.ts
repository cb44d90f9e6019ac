import { getEnv } from './env'

/**
 * Payload's session cookie: `Secure` whenever the site's public address is https (behind the TLS
 * proxy), so a browser never sends it over plain HTTP. Local http runs keep working.
 */
export function sessionCookies(serverUrl = getEnv().NEXT_PUBLIC_SERVER_URL) {
  return { secure: new URL(serverUrl).protocol === 'https:' }
}
