import { defaultLocale, type Locale, locales } from './locales'
import type { Href } from './pathnames'

export type { Href }

/** `pages` live at the root of a locale: /{locale}/{slug}. */
export type Section = 'blog' | 'events' | 'spaces' | 'projects' | 'pages'

export const sectionPathname = {
  blog: '/blog',
  events: '/events',
  spaces: '/spaces',
  projects: '/projects',
  pages: '/',
} as const satisfies Record<Section, Href>

export const documentHref = (section: Section, slug: string): Href => ({
  pathname: section === 'pages' ? '/[slug]' : `${sectionPathname[section]}/[slug]`,
  params: { slug },
})

/** Where the language switcher leads, per locale, and the locales the page really exists in. */
export type LocaleTargets = { switchTo: Record<Locale, Href>; existsIn: Partial<Record<Locale, Href>> }

/** A page that exists in every locale under the same internal pathname (home, lists, search). */
export function everyLocale(href: Href): LocaleTargets {
  const all = Object.fromEntries(locales.map((locale) => [locale, href])) as Record<Locale, Href>
  return { switchTo: all, existsIn: all }
}

/**
 * A document exists where it has a slug. Elsewhere the switcher leads to the section's list with
 * `?only=<locale>`, which shows a notice instead of a copy in the wrong language.
 */
export function documentTargets(section: Section, slugs: Partial<Record<Locale, string>>): LocaleTargets {
  const existing = locales.filter((locale) => slugs[locale])
  const onlyIn = existing.includes(defaultLocale) ? defaultLocale : existing[0]
  const existsIn: Partial<Record<Locale, Href>> = {}
  const switchTo = {} as Record<Locale, Href>
  for (const locale of locales) {
    const slug = slugs[locale]
    if (slug) existsIn[locale] = switchTo[locale] = documentHref(section, slug)
    else switchTo[locale] = { pathname: sectionPathname[section], query: onlyIn ? { only: onlyIn } : {} }
  }
  return { switchTo, existsIn }
}
