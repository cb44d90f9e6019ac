import { useFormatter } from 'next-intl'
import type { Locale } from '@/i18n/locales'
import { namedInItalian, Untranslated } from '../Untranslated/Untranslated'

type Props = { locale: Locale; city?: string; region?: string; country?: string; showCountry?: boolean }

/** "Firenze, Toscana, Italy": the town and region as entered, the country in the page's language. */
export function SpacePlace({ locale, city, region, country, showCountry = true }: Props) {
  const format = useFormatter()
  const local = [city, region && region !== city ? region : undefined].filter(Boolean).join(', ')
  const countryName = showCountry && country ? format.displayName(country.toUpperCase(), { type: 'region' }) : undefined
  return (
    <>
      {local && (
        <Untranslated locale={locale} when={namedInItalian(country)}>
          {local}
        </Untranslated>
      )}
      {local && countryName ? ', ' : null}
      {countryName}
    </>
  )
}
