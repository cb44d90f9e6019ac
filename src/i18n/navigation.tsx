import { createNavigation } from 'next-intl/navigation'
import { getLocale } from 'next-intl/server'
import type { ComponentProps } from 'react'
import type { Href } from './hrefs'
import { isLocale, type Locale } from './locales'
import { routing } from './routing'

export const { redirect, permanentRedirect, getPathname } = createNavigation(routing)

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: Href; locale?: Locale }

/**
 * A localized link rendered on the server as a plain anchor. next-intl's Link is a client
 * component: the public pages ship no client code for their links, and navigating loads the next
 * page from Next's cache.
 */
export async function Link({ href, locale, ...anchor }: LinkProps) {
  const current = locale ?? (await getLocale())
  return <a {...anchor} href={getPathname({ locale: isLocale(current) ? current : routing.defaultLocale, href })} />
}
