import type React from 'react'
import { defaultLocale, type Locale } from '@/i18n/locales'

type Props = { locale: Locale; children: React.ReactNode; when?: boolean }

/**
 * Text that is entered once, in Italian, and never translated (an Italian town, an outside
 * organisation's name): on a page in another language it carries its own `lang`.
 */
export function Untranslated({ locale, children, when = true }: Props) {
  if (!when || locale === defaultLocale) return <>{children}</>
  return <span lang={defaultLocale}>{children}</span>
}

/** Places in Italy are named in Italian ("Firenze"); elsewhere the name is taken as written. */
export const namedInItalian = (country: string | undefined) => !country || country.toUpperCase() === 'IT'
