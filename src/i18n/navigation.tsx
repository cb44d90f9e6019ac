import { useLocale } from 'next-intl'
import { permanentRedirect as nextPermanentRedirect, redirect as nextRedirect } from 'next/navigation'
import type { ComponentProps } from 'react'
import { type Destination, getPathname, type Href } from './pathnames'
import { isLocale, type Locale } from './locales'
import { routing } from './routing'

export { getPathname, type Href }

export const redirect = (destination: Destination): never => nextRedirect(getPathname(destination))
export const permanentRedirect = (destination: Destination): never => nextPermanentRedirect(getPathname(destination))

type LinkProps = Omit<ComponentProps<'a'>, 'href'> & { href: Href; locale?: Locale }

/**
 * A localized link rendered on the server as a plain anchor: the public pages ship no client code for
 * links. Synchronous (next-intl's `useLocale` reads the request's locale in a server component): a list
 * of a hundred cards renders a hundred links without a hundred awaits.
 */
export function Link({ href, locale, ...anchor }: LinkProps) {
  const requestLocale = useLocale()
  const current = locale ?? requestLocale
  return <a {...anchor} href={getPathname({ locale: isLocale(current) ? current : routing.defaultLocale, href })} />
}
