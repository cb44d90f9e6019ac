import { defineRouting } from 'next-intl/routing'
import { defaultLocale, locales } from './locales'

export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: 'always',
  // hreflang is built per document in generateMetadata: many documents exist in one language only.
  alternateLinks: false,
  pathnames: {
    '/': '/',
    '/blog': '/blog',
    '/blog/[slug]': '/blog/[slug]',
    '/events': { it: '/eventi', en: '/events' },
    '/events/[slug]': { it: '/eventi/[slug]', en: '/events/[slug]' },
    '/spaces': { it: '/spazi', en: '/spaces' },
    '/spaces/[slug]': { it: '/spazi/[slug]', en: '/spaces/[slug]' },
    '/projects': { it: '/progetti', en: '/projects' },
    '/projects/[slug]': { it: '/progetti/[slug]', en: '/projects/[slug]' },
    '/search': { it: '/cerca', en: '/search' },
    // Pages (about, contact, …): a slug never equals a section's name (validatePageSlug).
    '/[slug]': '/[slug]',
  },
})
