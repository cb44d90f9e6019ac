import type { Locale } from './locales'
import { routing } from './routing'

type Pathname = keyof typeof routing.pathnames
type Query = Record<string, string | number | undefined>
/** An internal pathname, or one with its `[slug]` params and a query. */
export type Href = Pathname | { pathname: Pathname; params?: Record<string, string>; query?: Query }
export type Destination = { href: Href; locale: Locale }

/**
 * The localized path of an internal pathname, as next-intl's middleware and rewrites map it
 * (`/events/[slug]` in Italian is `/it/eventi/{slug}`). Written here rather than taken from
 * next-intl's createNavigation, whose module also brings its client Link into every page's JavaScript.
 */
export function getPathname({ href, locale }: Destination): string {
  const { pathname, params = {}, query } = typeof href === 'string' ? { pathname: href } : href
  const localized = routing.pathnames[pathname]
  const template = typeof localized === 'string' ? localized : localized[locale]
  const path = template.replace(/\[(\w+)\]/g, (_, key: string) => encodeURIComponent(params[key] ?? ''))
  const defined = Object.entries(query ?? {}).filter((entry): entry is [string, string | number] => entry[1] !== undefined)
  const search = new URLSearchParams(defined.map(([key, value]) => [key, String(value)])).toString()
  return `/${locale}${path === '/' ? '' : path}${search ? `?${search}` : ''}`
}
