import { routing } from '@/i18n/routing'

/** First path segments the site itself uses under a locale: a page may not take one. */
export const reservedPageSlugs: ReadonlySet<string> = new Set([
  ...Object.values(routing.pathnames)
    .flatMap((value) => (typeof value === 'string' ? [value] : Object.values(value)))
    .map((pathname) => pathname.split('/')[1])
    .filter((segment) => segment && !segment.startsWith('[')),
  'embed',
  'calendar',
  'calendar.ics',
  'feed.xml',
  'og',
  'forms',
])

/** A page lives at /{locale}/{slug}: its slug must not be the name of a section (eventi, events, blog…). */
export function validatePageSlug(value: unknown): true | string {
  if (typeof value !== 'string' || value === '') return true
  return reservedPageSlugs.has(value)
    ? `“${value}” is the address of a section of the site: choose another slug. / «${value}» è l’indirizzo di una sezione del sito: scegli un altro slug.`
    : true
}
