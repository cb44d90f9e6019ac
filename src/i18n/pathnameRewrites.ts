import type { NextConfig } from 'next'
import { locales } from './locales'
import { routing } from './routing'

type Redirect = Awaited<ReturnType<NonNullable<NextConfig['redirects']>>>[number]
type Rewrite = { source: string; destination: string }
type Pair = { locale: string; internal: string; localized: string }

const toPattern = (pathname: string) => pathname.replace(/\[(\w+)\]/g, ':$1')

/** Every (locale, internal path, localized path) whose two paths differ, e.g. it: /events → /eventi. */
function localizedPairs(): Pair[] {
  return Object.entries(routing.pathnames).flatMap(([internal, localized]) =>
    typeof localized === 'string'
      ? []
      : locales
          .filter((locale) => localized[locale] !== internal)
          .map((locale) => ({ locale, internal: toPattern(internal), localized: toPattern(localized[locale]) })),
  )
}

/**
 * The localized path names as Next routes, so that a page needs no proxy to be found: /it/eventi/x
 * renders the events/[slug] page.
 */
export const pathnameRewrites: Rewrite[] = localizedPairs().map(({ locale, internal, localized }) => ({
  source: `/${locale}${localized}`,
  destination: `/${locale}${internal}`,
}))

/** Any other spelling of a localized path (internal or another locale's) redirects to the locale's own. */
export const pathnameRedirects: Redirect[] = Object.entries(routing.pathnames).flatMap(([internal, localized]) =>
  typeof localized === 'string'
    ? []
    : locales.flatMap((locale) =>
        [...new Set([internal, ...Object.values(localized)])]
          .filter((spelling) => spelling !== localized[locale])
          .map((spelling) => ({
            source: `/${locale}${toPattern(spelling)}`,
            destination: `/${locale}${toPattern(localized[locale])}`,
            permanent: true,
          })),
      ),
)
