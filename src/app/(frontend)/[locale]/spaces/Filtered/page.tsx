import { localeParams } from '@/i18n/requestLocale'
import { type SectionListProps, sectionListGenerateMetadata } from '../../sectionList'
import { SpacesList } from '../spacesList'

// The list with the language switch's notice: rendered per request, from the cached data layer.
// Reached by a rewrite of /{locale}/{spaces}?only=… (src/config/listRewrites.ts); the capital
// keeps it apart from space slugs, which are lower case.
export const dynamic = 'force-dynamic'

export const generateMetadata = sectionListGenerateMetadata('spaces')

export default async function FilteredSpacesPage({ params, searchParams }: SectionListProps) {
  return <SpacesList locale={(await localeParams(params)).locale} only={(await searchParams).only} />
}
