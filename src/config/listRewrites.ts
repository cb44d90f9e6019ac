import { locales } from '../i18n/locales'

type Rewrite = { source: string; destination: string; has: [{ type: 'query'; key: string }] }

// What the blog list reads from its query string (blog/blogList.tsx): page, filter, the notice.
const listQueryKeys = ['page', 'category', 'tag', 'only']

/**
 * The blog's address with any of its query parameters goes to the page that renders per request;
 * without them it stays on the cached first page. A query string is kept by a rewrite.
 */
export const listRewrites: Rewrite[] = locales.flatMap((locale) =>
  listQueryKeys.map((key) => ({ source: `/${locale}/blog`, has: [{ type: 'query', key }], destination: `/${locale}/blog/Filtered` })),
)
