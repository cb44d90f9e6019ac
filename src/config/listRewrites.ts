import { locales } from '../i18n/locales'
import { routing } from '../i18n/routing'

type Rewrite = { source: string; destination: string; has: { type: 'query'; key: string }[] }

// What each list reads from its query string (blog/blogList.tsx, events/eventsList.tsx, …).
const listQueryKeys = { '/blog': ['page', 'category', 'tag', 'only'], '/events': ['page', 'only'], '/spaces': ['only'], '/projects': ['only'] } as const

const localized = (pathname: keyof typeof listQueryKeys, locale: (typeof locales)[number]) => {
  const spelling = routing.pathnames[pathname]
  return typeof spelling === 'string' ? spelling : spelling[locale]
}

/**
 * A list's address with any of its query parameters goes to the page that renders per request;
 * without them it stays on the cached first page. A rewrite keeps the query string.
 */
export const listRewrites: Rewrite[] = locales.flatMap((locale) =>
  (Object.keys(listQueryKeys) as (keyof typeof listQueryKeys)[]).flatMap((pathname) =>
    listQueryKeys[pathname].map((key) => ({
      source: `/${locale}${localized(pathname, locale)}`,
      has: [{ type: 'query' as const, key }],
      destination: `/${locale}${pathname}/Filtered`,
    })),
  ),
)
