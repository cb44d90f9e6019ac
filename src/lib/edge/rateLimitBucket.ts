import type { RateLimitName } from '@/lib/rateLimit/limits'

/** Which allowance a request draws on, if any. Uploaded files are static: they draw on none. */
export function rateLimitBucket(method: string, pathname: string): RateLimitName | undefined {
  if (pathname.startsWith('/api/')) {
    if (pathname.startsWith('/api/media/file/')) return undefined
    if (method === 'POST' && /^\/api\/users\/login\/?$/.test(pathname)) return 'login'
    if (method === 'POST' && /^\/api\/users\/(forgot-password|reset-password)\/?$/.test(pathname)) return 'passwordReset'
    return 'api'
  }
  if (/^\/(it|en)\/(cerca|search)(\/Found\/[^/]*)?\/?$/.test(pathname)) return 'search'
  if (/^\/(it|en)\/og\//.test(pathname)) return 'og'
  return undefined
}
