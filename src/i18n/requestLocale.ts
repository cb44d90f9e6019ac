import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { isLocale, type Locale } from './locales'

/**
 * The route's params with its `[locale]` checked, once per request, by every page, layout and
 * generateMetadata: an unknown locale is the 404; a known one is set as next-intl's request
 * locale (without it the site silently turns dynamic). Below this, code takes a `Locale` as given.
 */
export async function localeParams<P extends { locale: string }>(params: Promise<P>): Promise<P & { locale: Locale }> {
  const resolved = await params
  if (!isLocale(resolved.locale)) notFound()
  setRequestLocale(resolved.locale)
  return resolved as P & { locale: Locale }
}
