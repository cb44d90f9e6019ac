import type { sitePages } from '@/globals/Navigation'
import type { Href } from '@/i18n/hrefs'

export const sitePageHref: Record<(typeof sitePages)[number], Href> = {
  home: '/',
  blog: '/blog',
  events: '/events',
  spaces: '/spaces',
  projects: '/projects',
  search: '/search',
}
