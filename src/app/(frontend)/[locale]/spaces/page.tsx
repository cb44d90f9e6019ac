import type { Locale } from '@/i18n/locales'
import { localeParams } from '@/i18n/requestLocale'
import { sectionListGenerateMetadata } from '../sectionList'
import { SpacesList } from './spacesList'

/**
 * The spaces list: kept in the render cache until a space changes. With the language switch's
 * notice (`?only=`) the address is rewritten to `Filtered/` (src/config/listRewrites.ts),
 * rendered per request.
 */
export const generateMetadata = sectionListGenerateMetadata('spaces')

export default async function SpacesPage({ params }: { params: Promise<{ locale: Locale }> }) {
  return <SpacesList locale={(await localeParams(params)).locale} />
}
