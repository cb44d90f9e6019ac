import { contentHref } from '@/content/types'
import type { Locale } from '@/i18n/locales'
import { getPathname } from '@/i18n/pathnames'
import { absoluteUrl, siteOrigin } from '@/lib/seo/absoluteUrl'

/** The host name in every event UID (`event-<id>@<host>`): the same in every file and language. */
export const uidHost = () => new URL(siteOrigin()).hostname

/** The absolute address of an event's page in this locale, as calendar files and feeds link it. */
export const eventPageUrl = (locale: Locale, slug: string) => absoluteUrl(getPathname({ locale, href: contentHref('events', slug) }))
