import { type Locale, locales } from '../../src/i18n/locales'
import { routing } from '../../src/i18n/routing'

export type PageKind = 'home' | 'post' | 'event'
/** A page to measure; `path` is missing when the site has no such page yet. */
export type PageTarget = { kind: PageKind; locale: Locale; path?: string }

const documents = {
  post: { collection: 'posts', pathname: '/blog/[slug]' },
  event: { collection: 'events', pathname: '/events/[slug]' },
} as const

function documentPath(kind: keyof typeof documents, locale: Locale, slug: string): string {
  const pathname = routing.pathnames[documents[kind].pathname]
  const localized = typeof pathname === 'string' ? pathname : pathname[locale]
  return `/${locale}${localized.replace('[slug]', slug)}`
}

function linkedSlug(html: string, kind: keyof typeof documents, locale: Locale): string | undefined {
  const prefix = documentPath(kind, locale, '')
  const link = new RegExp(`href="${prefix}([^"/?#]+)"`).exec(html)
  return link ? decodeURIComponent(link[1]) : undefined
}

async function publishedSlug(baseUrl: string, kind: keyof typeof documents, locale: Locale): Promise<string | undefined> {
  const query = new URLSearchParams({ locale, 'fallback-locale': 'none', limit: '1', depth: '0' })
  const response = await fetch(`${baseUrl}/api/${documents[kind].collection}?${query}`)
  if (!response.ok) return undefined
  const { docs } = (await response.json()) as { docs: Array<{ slug?: string }> }
  return docs[0]?.slug ?? undefined
}

async function answers(url: string): Promise<boolean> {
  const response = await fetch(url, { redirect: 'manual' })
  await response.arrayBuffer()
  return response.status === 200
}

/**
 * Home, a post and an event in every locale, found on the running site: the first one the home
 * page links to, else the first one the REST API publishes. Kept only if it answers 200.
 */
export async function discoverPages(baseUrl: string): Promise<PageTarget[]> {
  const targets: PageTarget[] = []
  for (const locale of locales) {
    const home = `/${locale}`
    const html = await (await fetch(`${baseUrl}${home}`)).text()
    targets.push({ kind: 'home', locale, path: home })
    for (const kind of ['post', 'event'] as const) {
      const slug = linkedSlug(html, kind, locale) ?? (await publishedSlug(baseUrl, kind, locale))
      const path = slug ? documentPath(kind, locale, encodeURIComponent(slug)) : undefined
      targets.push({ kind, locale, path: path && (await answers(`${baseUrl}${path}`)) ? path : undefined })
    }
  }
  return targets
}
